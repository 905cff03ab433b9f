import { launchBaca } from '../../scripts/browser';
const baca = await launchBaca({ extensionDir: '/tmp/speed/out-warm/chrome-mv3' });
const page = await baca.open('/');
await new Promise((r) => setTimeout(r, 2500));
const s = await baca.context.browser()!.newBrowserCDPSession();
const r: any = await s.send('Target.getTargets', { filter: [{}] } as never);
console.log(r.targetInfos.map((t: any) => `${t.type} ${t.url} ${t.parentId ?? ''} ${t.targetId}`).join('\n'));
await baca.close();
