// Every context (background, reader tabs, library tabs) writes the same database: a broadcast tells the others which
// entries changed so open library pages and Save buttons stay current without polling.
const CHANNEL = 'baca-library';

export interface ChangeNotice {
  ids: string[];
  /** 'all' after imports and restores touching many entries: reload everything. */
  scope?: 'all';
}

let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  return (channel ??= new BroadcastChannel(CHANNEL));
}

export function notifyChanged(ids: string[], scope?: 'all'): void {
  const notice: ChangeNotice = scope ? { ids, scope } : { ids };
  try {
    getChannel()?.postMessage(notice);
  } catch {
    /* a closed channel: nobody is listening */
  }
}

/** Listen for changes made in any context, this one included (each watcher is its own channel object). Returns the function that stops listening. */
export function watchChanges(onChange: (n: ChangeNotice) => void): () => void {
  const ch = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const onMessage = (e: MessageEvent) => {
    const d = e.data as ChangeNotice;
    if (d && Array.isArray(d.ids)) onChange(d);
  };
  ch?.addEventListener('message', onMessage);
  return () => {
    ch?.close();
  };
}
