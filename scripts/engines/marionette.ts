// Firefox started for the tests with both of its remote protocols, and the one session they share.
//
// Marionette (Firefox's own WebDriver-classic server) opens the session, with "webSocketUrl" so the same session is
// also reachable over WebDriver BiDi; puppeteer-core then drives it over that BiDi socket. Marionette stays for the
// one thing BiDi in Firefox ESR 140 cannot do: run code in the browser window (its "chrome" context), where the
// toolbar button and the keyboard shortcut live. (ESR 153's BiDi has a chrome scope in browsingContext.getTree;
// ESR 140's has none, and Firefox allows one WebDriver session at a time, so Marionette has to open it.)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type ConnectionTransport } from 'puppeteer-core';
import WebSocket from 'ws';
import { sleep } from './types';

/** Prefs every test profile gets (as puppeteer's own profile writer sets them), before the caller's. */
const BASE_PREFS: Record<string, unknown> = {
  'app.normandy.api_url': '',
  'startup.homepage_welcome_url.additional': '',
  'toolkit.cosmeticAnimations.enabled': false,
  'toolkit.startup.max_resumed_crashes': -1,
  'fission.webContentIsolationStrategy': 0,
  // Marionette on a free port, written to <profile>/MarionetteActivePort, so parallel Firefoxes never collide.
  'marionette.port': 0,
};

/** A Marionette connection: length-prefixed JSON packets, [0, id, command, params] → [1, id, error, result]. */
class Marionette {
  private buf = Buffer.alloc(0);
  private id = 0;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private greeted: Promise<void>;

  constructor(private sock: Socket) {
    let greet!: () => void;
    this.greeted = new Promise((ok) => (greet = ok));
    sock.on('data', (chunk: Buffer) => {
      this.buf = Buffer.concat([this.buf, chunk]);
      for (;;) {
        const colon = this.buf.indexOf(0x3a);
        if (colon < 0) return;
        const size = Number(this.buf.subarray(0, colon).toString('ascii'));
        if (this.buf.length < colon + 1 + size) return;
        const packet = JSON.parse(this.buf.subarray(colon + 1, colon + 1 + size).toString('utf8'));
        this.buf = this.buf.subarray(colon + 1 + size);
        if (!Array.isArray(packet)) { greet(); continue; } // the server's hello: {applicationType, marionetteProtocol}
        const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
        const waiter = this.pending.get(id);
        this.pending.delete(id);
        if (error) waiter?.fail(new Error(`Marionette: ${error.error}: ${error.message}`));
        else waiter?.ok(result);
      }
    });
    const gone = () => { for (const w of this.pending.values()) w.fail(new Error('Marionette connection closed')); this.pending.clear(); };
    sock.on('close', gone);
    sock.on('error', gone);
  }

  static async connect(port: number): Promise<Marionette> {
    const sock = connect(port, '127.0.0.1');
    await new Promise<void>((ok, fail) => { sock.once('connect', ok); sock.once('error', fail); });
    const m = new Marionette(sock);
    await m.greeted;
    return m;
  }

  send<R = unknown>(command: string, params: object = {}): Promise<R> {
    const id = ++this.id;
    const text = JSON.stringify([0, id, command, params]);
    return new Promise<R>((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail });
      this.sock.write(`${Buffer.byteLength(text)}:${text}`);
    });
  }

  close(): void {
    this.sock.destroy();
  }
}

/** A puppeteer transport over the session's BiDi socket; "session.new" is answered with the session Marionette opened. */
function sessionTransport(ws: WebSocket, session: { sessionId: string; capabilities: object }): ConnectionTransport {
  const transport: ConnectionTransport = {
    send(message: string) {
      const msg = JSON.parse(message) as { id: number; method: string };
      if (msg.method === 'session.new') {
        setImmediate(() => transport.onmessage?.(JSON.stringify({ id: msg.id, type: 'success', result: session })));
        return;
      }
      ws.send(message);
    },
    close() {
      ws.close();
    },
  };
  ws.on('message', (data) => transport.onmessage?.(data.toString()));
  ws.on('close', () => transport.onclose?.());
  return transport;
}

export type FirefoxSession = {
  browser: Browser;
  /** Run an async function body in the browser window (chrome context); its return value comes back as JSON. */
  inChrome: <R>(body: string) => Promise<R>;
  close: () => Promise<void>;
};

export async function startFirefox(opts: {
  executablePath: string; profile: string; headless: boolean; args: string[]; prefs: Record<string, unknown>;
}): Promise<FirefoxSession> {
  const prefs = { ...BASE_PREFS, ...opts.prefs };
  writeFileSync(join(opts.profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const portFile = join(opts.profile, 'MarionetteActivePort');
  rmSync(portFile, { force: true }); // a previous run of this profile that was killed leaves its port behind
  const proc: ChildProcess = spawn(opts.executablePath, [
    ...(opts.headless ? ['--headless'] : []), '--no-remote', '--profile', opts.profile,
    '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access', ...opts.args, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const killOnExit = () => proc.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  let stderr = '';
  let marionette: Marionette | undefined;
  try {
    const wsUrl = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi server within 30 s:\n${stderr.slice(-2000)}`)), 30_000);
      proc.stderr!.on('data', (d: Buffer) => {
        if (stderr.length < 100_000) stderr += d.toString();
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
        if (m) { clearTimeout(timer); ok(m[1]!); }
      });
      void exited.then(() => fail(new Error(`Firefox exited at start:\n${stderr.slice(-2000)}`)));
    });
    void wsUrl; // the session's own socket URL comes from Marionette below
    for (let i = 0; i < 300 && !existsSync(portFile); i++) await sleep(50);
    const port = Number(readFileSync(portFile, 'utf8').trim());
    marionette = await Marionette.connect(port);
    const session = await marionette.send<{ sessionId: string; capabilities: { webSocketUrl?: string } }>('WebDriver:NewSession', {
      webSocketUrl: true, unhandledPromptBehavior: 'ignore', acceptInsecureCerts: false,
    });
    const socketUrl = session.capabilities.webSocketUrl;
    if (!socketUrl) throw new Error('Firefox gave the session no WebDriver BiDi socket');
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const ws = new WebSocket(socketUrl, { perMessageDeflate: false });
    await new Promise<void>((ok, fail) => { ws.once('open', () => ok()); ws.once('error', fail); });
    const browser = await puppeteer.connect({ transport: sessionTransport(ws, session), protocol: 'webDriverBiDi', defaultViewport: null });
    const m = marionette;
    return {
      browser,
      inChrome: async <R>(body: string): Promise<R> => {
        const r = await m.send<{ value: string }>('WebDriver:ExecuteScript', {
          script: `return (async () => JSON.stringify(await (async () => { ${body} })() ?? null))();`, args: [],
        });
        return JSON.parse(r.value) as R;
      },
      close: async () => {
        await m.send('Marionette:Quit', { flags: ['eAttemptQuit'] }).catch(() => undefined);
        await Promise.race([exited, sleep(15_000)]);
        proc.kill('SIGKILL');
        await Promise.race([exited, sleep(5_000)]);
        m.close();
        ws.close();
        process.removeListener('exit', killOnExit);
      },
    };
  } catch (err) {
    marionette?.close();
    proc.kill('SIGKILL');
    await Promise.race([exited, sleep(5_000)]);
    process.removeListener('exit', killOnExit);
    throw err;
  }
}
