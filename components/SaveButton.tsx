// The reader's Save / Saved toggle, with Remove once saved and a link to the library.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReaderView } from '../lib/types';
import type { SavedEntry } from '../lib/store/model';
import type { SavedIndicatorMessage } from '../lib/messages';
import { deleteEntries, findByUrl } from '../lib/store/articles';
import { watchChanges } from '../lib/store/changes';
import { libraryUrl } from '../lib/store/library-prefs';
import { t } from '../lib/i18n';

import { requestSave } from './save-request';
import { KeepDialog } from './highlights/KeepDialog';

async function lookup(view: ReaderView): Promise<SavedEntry | null> {
  const a = view.article;
  return (await findByUrl(a.url)) ?? (a.canonicalUrl ? await findByUrl(a.canonicalUrl) : undefined) ?? null;
}

export function SaveButton({ view }: { view: ReaderView }) {
  const [entry, setEntry] = useState<SavedEntry | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [asking, setAsking] = useState(false);

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
    try {
      const reply = await requestSave(view);
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

  const remove = async (keepHighlights?: boolean) => {
    if (!entry) return;
    if ((entry.highlightCount ?? 0) > 0 && keepHighlights === undefined) {
      setAsking(true);
      return;
    }
    setBusy(true);
    try {
      await deleteEntries([entry.id], { keepHighlights: !!keepHighlights });
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
          {asking && (
            <KeepDialog count={entry.highlightCount ?? 0} onChoose={(choice) => {
              setAsking(false);
              if (choice !== 'cancel') void remove(choice === 'keep');
            }} />
          )}
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
