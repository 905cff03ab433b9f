// Kinds of block kept per site ("always keep this kind here" in the reader's removed-blocks panel), with export
// and import as a JSON file.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { exportKeepRules, importKeepRules, loadKeepRules, removeKeepRule, type KeepRules } from '../../lib/store/keep-rules';
import { reasonLabel } from '../removed-reasons';
import { Section } from './Section';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function KeepRulesSection() {
  const [rules, setRules] = useState<KeepRules>({});
  const [status, setStatus] = useState('');
  useEffect(() => void loadKeepRules().then(setRules), []);
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      setRules(await importKeepRules(await file.text()));
      setStatus(t('optKeepImported'));
    } catch {
      setStatus(t('optKeepImportFailed'));
    }
    input.value = '';
  };
  const sites = Object.entries(rules).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Section id="opt-keep" title={t('optKeepTitle')} hint={t('optKeepHint')}>
      {sites.length === 0 ? <p class="empty">{t('optKeepNone')}</p> : (
        <ul class="site-list" aria-labelledby="opt-keep">
          {sites.flatMap(([site, list]) => list.map((rule) => (
            <li key={`${site} ${rule}`}>
              <span><span class="site">{site}</span> <span class="rules">{reasonLabel(rule, true)}</span></span>
              <button type="button" aria-label={t('optKeepForget', [reasonLabel(rule, true), site])}
                onClick={() => void removeKeepRule(site, rule).then(setRules)}>{t('optRemove')}</button>
            </li>
          )))}
        </ul>
      )}
      <div class="links">
        <button type="button" onClick={() => download('baca-keep-rules.json', exportKeepRules(rules))}>{t('optKeepExport')}</button>
        <input id="opt-keep-import" class="visually-hidden file-input" type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        <label class="button" for="opt-keep-import">{t('optKeepImport')}</label>
      </div>
      <p role="status" class="hint">{status}</p>
    </Section>
  );
}
