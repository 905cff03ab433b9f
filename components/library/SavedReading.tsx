// Reading a saved article: stored images instead of the network, the last reading position restored, progress kept,
// and reaching the end marks it read (archived too when the person chose that).
import { useLayoutEffect } from 'preact/hooks';
import { savedImageMap } from '../../lib/store/saved-view';
import { swapStoredImages } from '../../lib/store/images';
import { getEntry, setProgress } from '../../lib/store/articles';
import { loadLibraryPrefs } from '../../lib/store/library-prefs';

function scrollFraction(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max <= 0 ? 1 : window.scrollY / max;
}

async function imagesSettled(timeoutMs: number): Promise<void> {
  const pending = Array.from(document.querySelectorAll<HTMLImageElement>('img[data-stored]'))
    .filter((img) => !img.complete)
    .map((img) => img.decode().catch(() => undefined));
  await Promise.race([Promise.all(pending), new Promise((ok) => setTimeout(ok, timeoutMs))]);
}

export function SavedReading({ id }: { id: string }) {
  useLayoutEffect(() => {
    const map = savedImageMap(id);
    swapStoredImages(document, map);
    const observer = new MutationObserver(() => swapStoredImages(document, map));
    observer.observe(document.body, { childList: true, subtree: true });

    let stopped = false;
    let last = -1;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const autoArchive = loadLibraryPrefs().then((p) => p.autoArchive);
    const record = () => {
      timer = null;
      const p = Math.round(scrollFraction() * 1000) / 1000;
      if (stopped || Math.abs(p - last) < 0.01) return;
      last = p;
      void autoArchive.then((a) => setProgress(id, p, { autoArchive: a })).catch(() => undefined);
    };
    const onScroll = () => {
      timer ??= setTimeout(record, 400);
    };
    void getEntry(id).then(async (entry) => {
      await imagesSettled(1500);
      if (stopped) return;
      const max = document.documentElement.scrollHeight - window.innerHeight;
      // Opened at a highlight (#hl-…): the highlights layer scrolls there instead of the last reading position.
      const atHighlight = location.hash.startsWith('#hl-');
      if (!atHighlight && entry && entry.progress > 0 && entry.progress < 0.98 && max > 0) window.scrollTo(0, entry.progress * max);
      last = entry?.progress ?? 0;
      window.addEventListener('scroll', onScroll, { passive: true });
      // A short article fits the screen: seeing it all is reading it to the end.
      if (max <= 0) record();
    });
    window.addEventListener('pagehide', record);
    return () => {
      stopped = true;
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', record);
      if (timer) clearTimeout(timer);
    };
  }, [id]);
  return null;
}
