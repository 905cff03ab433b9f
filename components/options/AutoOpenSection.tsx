// Sites where article pages open in the reader by themselves. Adding one asks the browser for access to that site
// (the reader then opens without a click); removing it gives the access back.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { loadAutoOpenSites, originPatterns, saveAutoOpenSites } from '../../lib/store/auto-open';
import { Section } from './Section';
import { SiteForm } from './SiteForm';

export function AutoOpenSection() {
  const [sites, setSites] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => void loadAutoOpenSites().then(setSites), []);

  const add = async (site: string) => {
    let granted = false;
    const origins = originPatterns(site);
    try {
      // Already allowed (e.g. through the detector's own access to web pages): no need to ask again.
      granted = (await browser.permissions.contains({ origins })) || (await browser.permissions.request({ origins }));
    } catch {
      granted = false;
    }
    if (!granted) {
      setStatus(t('optAutoOpenDenied', site));
      return;
    }
    const next = [...new Set([...sites, site])].sort();
    setSites(next);
    setStatus(t('optAutoOpenAdded', site));
    await saveAutoOpenSites(next);
  };
  const remove = async (site: string) => {
    const next = sites.filter((s) => s !== site);
    setSites(next);
    await saveAutoOpenSites(next);
    // Give back only what was asked for this site (access the extension holds anyway cannot be removed).
    await browser.permissions.remove({ origins: originPatterns(site) }).catch(() => false);
  };

  return (
    <Section id="opt-auto-open" title={t('optAutoOpenTitle')} hint={t('optAutoOpenHint')}>
      {sites.length === 0 ? <p class="empty">{t('optNoSites')}</p> : (
        <ul class="site-list" aria-labelledby="opt-auto-open">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" onClick={() => void remove(site)} aria-label={t('optRemoveSite', site)}>{t('optRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      <SiteForm id="opt-auto-open-add" label={t('optAutoOpenAdd')} button={t('optAdd')} onAdd={add} />
      <p role="status" class="hint">{status}</p>
    </Section>
  );
}
