import { useState } from 'preact/hooks';
import type { ReaderSettings, ReaderView as View } from '../lib/types';
import { t, uiLanguage } from '../lib/i18n';
import { ArticleHeader } from './ArticleHeader';
import { ArticleBody } from './ArticleBody';
import { SettingsPanel } from './SettingsPanel';
import { lazyComponent } from './lazy';

const SaveButton = lazyComponent(() => import('./SaveButton').then((m) => m.SaveButton));
const ReadAloud = lazyComponent(() => import('./ReadAloud').then((m) => m.ReadAloud));
const RemovedPanel = lazyComponent(() => import('./RemovedPanel').then((m) => m.RemovedPanel));
const HighlightLayer = lazyComponent(() => import('./highlights/HighlightLayer').then((m) => m.HighlightLayer));

export function ReaderView(props: { view: View; settings: ReaderSettings; onSettings: (s: ReaderSettings) => void; onBack: () => void }) {
  const { article } = props.view;
  const [panel, setPanel] = useState(false);
  return (
    <>
      <nav class="toolbar" aria-label={t('readerTools')} lang={uiLanguage()}>
        <button type="button" class="back" onClick={props.onBack} title={t('backToPage')}>
          <span aria-hidden="true">←</span> {t('backToPage')}
        </button>
        <span class="spacer" />
        <SaveButton view={props.view} />
        <ReadAloud article={article} bodySelector=".article-body" />
        <button type="button" class="settings-toggle" aria-expanded={panel} aria-controls="settings-panel"
          onClick={() => setPanel(!panel)} title={t('typography')}>
          <span aria-hidden="true">Aa</span>
          <span class="visually-hidden">{t('typography')}</span>
        </button>
      </nav>
      {panel && <SettingsPanel settings={props.settings} onChange={props.onSettings} />}
      <main class="reader" id="reader">
        <article class="article" lang={article.lang ?? undefined} dir={article.dir ?? undefined} aria-labelledby="article-title">
          <ArticleHeader article={article} />
          <ArticleBody html={article.contentHtml} lang={article.lang} dir={article.dir} />
        </article>
      </main>
      <RemovedPanel article={article} onRestore={() => undefined} />
      <HighlightLayer view={props.view} />
    </>
  );
}
