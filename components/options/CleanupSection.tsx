// In-page cleanup: on or off everywhere, and per-site exceptions.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { DEFAULT_CLEANUP, loadCleanupPrefs, saveCleanupPrefs, type CleanupPrefs } from '../../lib/store/site-prefs';
import { Section } from './Section';
import { SiteForm } from './SiteForm';

export function CleanupSection() {
  const [prefs, setPrefs] = useState<CleanupPrefs>(DEFAULT_CLEANUP);
  useEffect(() => void loadCleanupPrefs().then(setPrefs), []);
  const update = (next: CleanupPrefs) => {
    setPrefs(next);
    void saveCleanupPrefs(next);
  };
  const setSite = (site: string, on: boolean | null) => {
    const sites = { ...prefs.sites };
    if (on === null) delete sites[site];
    else sites[site] = on;
    update({ ...prefs, sites });
  };
  const sites = Object.entries(prefs.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Section id="opt-cleanup" title={t('optCleanupTitle')} hint={t('optCleanupHint')}>
      <label class="check">
        <input type="checkbox" checked={prefs.enabled} onChange={(e) => update({ ...prefs, enabled: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{t('optCleanupEnabled')}</span>
      </label>
      <h3 id="opt-cleanup-sites">{t('optCleanupSites')}</h3>
      {sites.length === 0 ? <p class="empty">{t('optNoSites')}</p> : (
        <ul class="site-list" aria-labelledby="opt-cleanup-sites">
          {sites.map(([site, on]) => (
            <li key={site}>
              <label class="check">
                <input type="checkbox" checked={on} onChange={(e) => setSite(site, (e.currentTarget as HTMLInputElement).checked)} />
                <span class="site">{site}</span>
              </label>
              <button type="button" onClick={() => setSite(site, null)} aria-label={t('optRemoveSite', site)}>{t('optRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      <SiteForm id="opt-cleanup-add" label={t('optCleanupAdd')} button={t('optAdd')} onAdd={(site) => setSite(site, !prefs.enabled)} />
    </Section>
  );
}
