// The reader's Save / Saved toggle, with Remove once saved and a link to the library.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReaderView } from '../lib/types';
import type { SavedEntry } from '../lib/store/model';
import type { SaveArticleMessage, SavedIndicatorMessage } from '../lib/messages';
import { deleteEntries, findByUrl } from '../lib/store/articles';
import { watchChanges } from '../lib/store/changes';
import { requestPersistence } from '../lib/store/db';
import { libraryUrl } from '../lib/store/library-prefs';
import { t } from '../lib/i18n';

type SaveReply = { ok: true; id: string; imagesFailed: number } | { ok: false; code: string; message: string };

async function lookup(view: ReaderView): Promise<SavedEntry | null> {
  const a = view.article;
  return (await findByUrl(a.url)) ?? (a.canonicalUrl ? await findByUrl(a.canonicalUrl) : undefined) ?? null;
}

export function SaveButton({ view }: { view: ReaderView }) {
  const [entry, setEntry] = useState<SavedEntry | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void lookup(view)
        .then((e) => alive && setEntry(e))
        .catch(() => alive && setEntry(null));
    refresh();
    const stop = watchChanges(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, [view.article.url]);

  useEffect(() => {
    if (entry === undefined) return;
    const msg: SavedIndicatorMessage = { type: 'saved-indicator', saved: !!entry };
    void browser.runtime.sendMessage(msg).catch(() => undefined);
  }, [!!entry]);

  const save = async () => {
    setBusy(true);
    setMessage(null);
    void requestPersistence();
    const { isArticle: _gate, ...article } = view.article;
    const msg: SaveArticleMessage = { type: 'save-article', article };
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as SaveReply | undefined;
      if (!reply) throw new Error(t('saveFailed'));
      if (!reply.ok) setMessage({ text: reply.message, error: true });
      else {
        setEntry(await lookup(view));
        if (reply.imagesFailed) setMessage({ text: t('saveImagesMissing', String(reply.imagesFailed)), error: false });
      }
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : t('saveFailed'), error: true });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!entry) return;
    setBusy(true);
    try {
      await deleteEntries([entry.id]);
      setEntry(null);
      setMessage(null);
    } finally {
      setBusy(false);
    }
  };

  if (entry === undefined) return null;
  return (
    <span class="save-area" style={{ display: 'inline-flex', gap: '.5rem', alignItems: 'center' }}>
      {entry ? (
        <>
          <span class="saved-mark" role="status"><span aria-hidden="true">✓</span> {t('savedLabel')}</span>
          <button type="button" class="save-toggle" disabled={busy} onClick={() => void remove()}>
            {t('removeFromLibrary')}
          </button>
        </>
      ) : (
        <button type="button" class="save-toggle primary" aria-pressed="false" disabled={busy} onClick={() => void save()}>
          {busy ? t('saving') : t('saveForLater')}
        </button>
      )}
      <a class="button library-link" href={libraryUrl()} target="_blank" rel="noopener">{t('openLibrary')}</a>
      {message && (
        <span class={message.error ? 'save-message error' : 'save-message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
    </span>
  );
}
