// "Add a site": a labelled text field that accepts a host or a URL and says plainly when it is neither.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { parseSiteInput } from '../../lib/store/auto-open';

export function SiteForm(props: { id: string; label: string; button: string; onAdd: (site: string) => Promise<void> | void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const site = parseSiteInput(value);
    if (!site) {
      setError(t('optSiteInvalid'));
      return;
    }
    setError('');
    await props.onAdd(site);
    setValue('');
  };
  return (
    <form class="field" onSubmit={(e) => void submit(e)}>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} type="text" inputMode="url" autoComplete="off" placeholder="example.com" value={value}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${props.id}-error` : undefined}
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit">{props.button}</button>
      {error && <p class="error" id={`${props.id}-error`} role="alert">{error}</p>}
    </form>
  );
}
