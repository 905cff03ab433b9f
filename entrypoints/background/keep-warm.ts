// Chrome stops an MV3 service worker ~30 s after its last event, and with no other Baca context open it ends the
// extension's process as well: the next toolbar click then waits for a new process before the worker can even
// start (`npm run bench`, cold clicks). The offscreen document, kept open, keeps that process alive, so a stopped
// worker restarts inside it. It holds no page data between uses. Firefox has no offscreen documents: nothing to do.
import { ensureOffscreen, hasOffscreen } from './offscreen-doc';

/** A moment after the worker starts (never on the click's own path), make sure the offscreen document is open. */
export function keepProcessWarm(delayMs = 1000): void {
  if (!hasOffscreen()) return;
  setTimeout(() => void ensureOffscreen().catch(() => undefined), delayMs);
}
