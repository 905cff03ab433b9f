// Library settings (read by the library) and the ways into the library page: open, import, export.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { DEFAULT_LIBRARY_PREFS, libraryUrl, loadLibraryPrefs, saveLibraryPrefs, type LibraryPrefs } from '../../lib/store/library-prefs';
import { DEFAULT_IMAGE_PREFS, IMAGE_CAP_MB, loadImagePrefs, saveImagePrefs, type ImagePrefs } from '../../lib/store/image-prefs';
import { Section } from './Section';

export function LibrarySection() {
  const [prefs, setPrefs] = useState<LibraryPrefs>(DEFAULT_LIBRARY_PREFS);
  const [images, setImages] = useState<ImagePrefs>(DEFAULT_IMAGE_PREFS);
  useEffect(() => {
    void loadLibraryPrefs().then(setPrefs);
    void loadImagePrefs().then(setImages);
  }, []);
  const update = (patch: Partial<LibraryPrefs>) => {
    const next = { ...prefs, ...patch };
    setPrefs(next);
    void saveLibraryPrefs(next);
  };
  const updateImages = (patch: Partial<ImagePrefs>) => {
    const next = { ...images, ...patch };
    setImages(next);
    void saveImagePrefs(next);
  };
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
  const library = libraryUrl();
  return (
    <Section id="opt-library" title={t('optLibraryTitle')}>
      <label class="check">
        <input type="checkbox" checked={prefs.autoArchive} onChange={(e) => update({ autoArchive: checked(e) })} />
        <span>{t('optAutoArchive')}</span>
      </label>
      <label class="check">
        <input type="checkbox" checked={images.keepImages} onChange={(e) => updateImages({ keepImages: checked(e) })} />
        <span>{t('optKeepImages')}</span>
      </label>
      <div class="field">
        <label for="opt-image-cap">{t('optImageCap')}</label>
        <input id="opt-image-cap" type="number" min={IMAGE_CAP_MB.min} max={IMAGE_CAP_MB.max} step={IMAGE_CAP_MB.step}
          value={images.imageCapMB} disabled={!images.keepImages}
          onChange={(e) => updateImages({ imageCapMB: Number((e.currentTarget as HTMLInputElement).value) })} />
      </div>
      <div class="links">
        <a class="button" href={library}>{t('optOpenLibrary')}</a>
        <a class="button" href={`${library}#import`}>{t('optImport')}</a>
        <a class="button" href={`${library}#export`}>{t('optExport')}</a>
      </div>
    </Section>
  );
}
