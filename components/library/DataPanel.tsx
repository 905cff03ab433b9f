// Import, export, the fetch queue of imported links (progress, errors, retry) and the library's preferences.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SavedEntry } from '../../lib/store/model';
import type { QueueRunMessage } from '../../lib/messages';
import { parseImportFile } from '../../lib/store/import/index';
import { importItems } from '../../lib/store/import/apply';
import { retryQueued } from '../../lib/store/queue';
import { exportBackup } from '../../lib/store/export/backup';
import { exportMarkdownZip } from '../../lib/store/export/markdown';
import { exportHtml } from '../../lib/store/export/html';
import { exportEpub } from '../../lib/store/export/epub';
import { loadLibraryPrefs, saveLibraryPrefs } from '../../lib/store/library-prefs';
import { t } from '../../lib/i18n';
import { downloadBlob, stamp } from './download';

const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };
const kickQueue = () => void browser.runtime.sendMessage({ type: 'queue-run' } satisfies QueueRunMessage).catch(() => undefined);

export function DataPanel(props: { entries: SavedEntry[]; chosen: () => string[] }) {
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [autoArchive, setAutoArchive] = useState(false);
  const [canFetch, setCanFetch] = useState(true);
  const peak = useRef(0);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadLibraryPrefs().then((p) => setAutoArchive(p.autoArchive));
    void browser.permissions.contains(ALL_SITES).then(setCanFetch).catch(() => setCanFetch(false));
  }, []);

  const pending = props.entries.filter((e) => e.content === 'pending').length;
  // Failed for good, or failed once and waiting to try again: either way the person sees why, and can retry now.
  const failed = props.entries.filter((e) => e.content === 'failed' || (e.content === 'pending' && e.error));
  peak.current = pending ? Math.max(peak.current, pending) : 0;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setNote(null);
    try {
      setNote({ text: await work(), error: false });
    } catch (err) {
      setNote({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const onImport = (f: File) =>
    run(async () => {
      const items = await parseImportFile(f.name, new Uint8Array(await f.arrayBuffer()));
      const r = await importItems(items);
      kickQueue();
      const done = t('libImported', [String(r.added), String(r.updated), String(r.queued)]);
      return r.highlights ? `${done} ${t('hlImported', String(r.highlights))}` : done;
    });

  const exportWith = (make: (ids: string[]) => Promise<Blob>, ext: string) =>
    run(async () => {
      const ids = props.chosen();
      downloadBlob(await make(ids), `baca-${stamp()}.${ext}`);
      return t('libExported', String(ids.length));
    });

  return (
    <section class="data-panel" aria-label={t('libData')}>
      <div class="data-row">
        <button type="button" disabled={busy} onClick={() => file.current?.click()}>{t('libImport')}</button>
        <input ref={file} type="file" hidden accept=".json,.csv,.html,.htm,.zip"
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            (e.currentTarget as HTMLInputElement).value = '';
            if (f) void onImport(f);
          }} />
        <button type="button" disabled={busy} onClick={() => void run(async () => {
          downloadBlob(await exportBackup(), `baca-backup-${stamp()}.json`);
          return t('libBackupDone');
        })}>{t('libExportBackup')}</button>
        <button type="button" disabled={busy} onClick={() => void exportWith(exportMarkdownZip, 'zip')}>{t('libExportMarkdown')}</button>
        <button type="button" disabled={busy} onClick={() => void exportWith(exportHtml, 'html')}>{t('libExportHtml')}</button>
        <button type="button" disabled={busy} onClick={() => void exportWith(exportEpub, 'epub')}>{t('libExportEpub')}</button>
        <label class="pref">
          <input type="checkbox" checked={autoArchive} onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            setAutoArchive(on);
            void loadLibraryPrefs().then((p) => saveLibraryPrefs({ ...p, autoArchive: on }));
          }} />
          {t('libAutoArchive')}
        </label>
      </div>
      {note && <p class={note.error ? 'note error' : 'note'} role={note.error ? 'alert' : 'status'}>{note.text}</p>}
      {(pending > 0 || failed.length > 0) && (
        <div class="queue" role="region" aria-label={t('libQueue')}>
          {pending > 0 && (
            <p>
              <label>
                {t('libQueuePending', String(pending))}
                <progress max={peak.current} value={peak.current - pending} />
              </label>
            </p>
          )}
          {!canFetch && (
            <p>
              {t('libNeedAccess')}{' '}
              <button type="button" onClick={() => void browser.permissions.request(ALL_SITES).then((ok) => {
                setCanFetch(ok);
                if (ok) void retryQueued().then(kickQueue);
              })}>{t('libGrantAccess')}</button>
            </p>
          )}
          {failed.length > 0 && (
            <details>
              <summary>{t('libQueueFailed', String(failed.length))}</summary>
              <button type="button" onClick={() => void retryQueued().then(kickQueue)}>{t('libRetryAll')}</button>
              <ul class="failures">
                {failed.slice(0, 200).map((e) => (
                  <li key={e.id}>
                    <span class="url">{e.url}</span> — <span class="why">{e.error}</span>{' '}
                    <button type="button" onClick={() => void retryQueued([e.id]).then(kickQueue)}>{t('libRetry')}</button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
