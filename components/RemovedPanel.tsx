// What Baca removed, each block with its reason; one click puts a block back into the article (and takes it out
// again); "always keep this kind here" is remembered per site and used by the next extraction.
import { useState } from 'preact/hooks';
import type { Article, RemovedBlock } from '../lib/types';
import { t, uiLanguage } from '../lib/i18n';
import { addKeepRule, siteOf } from '../lib/store/keep-rules';
import { blockDisplayText, isEmptyBlock, putBlockBack, takeBlockOut } from './restore-block';
import { reasonLabel } from './removed-reasons';


function BlockItem(props: { block: RemovedBlock; site: string | null; lang: string | null; restored: boolean; kept: boolean;
  onToggle: () => void; onKeep: () => void }) {
  const { block, site } = props;
  const label = reasonLabel(block.reason);
  return (
    <li class="removed-item" data-reason={block.reason}>
      <p class="removed-reason">{label}</p>
      <p class="removed-text" lang={block.text ? props.lang ?? undefined : undefined}>{blockDisplayText(block) || t('removedNoText')}</p>
      <div class="removed-actions">
        <button type="button" class="removed-restore" aria-pressed={props.restored} onClick={props.onToggle}>
          {props.restored ? t('removedTakeOut') : t('removedPutBack')}
        </button>
        {site && (
          <button type="button" class="removed-keep" disabled={props.kept} onClick={props.onKeep}>
            {props.kept ? t('removedKeptHere') : t('removedKeepHere')}
          </button>
        )}
      </div>
    </li>
  );
}

export function RemovedPanel({ article, onRestore }: { article: Article; onRestore: (html: string, id: string) => void }) {
  const all = article.removed ?? [];
  // Empty slots (no words, no image) are counted, not listed: there is nothing in them to put back.
  const blocks = all.filter((b) => !isEmptyBlock(b));
  const empty = all.length - blocks.length;
  const [open, setOpen] = useState(false);
  const [restored, setRestored] = useState<Set<string>>(new Set());
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  const site = siteOf(article.url);
  if (!all.length) return null;

  const toggle = (block: RemovedBlock) => {
    const next = new Set(restored);
    if (next.has(block.id)) {
      takeBlockOut(block.id);
      next.delete(block.id);
      setStatus(t('removedStatusTakenOut'));
    } else {
      putBlockBack(block, t('removedRestoredLabel', reasonLabel(block.reason)));
      next.add(block.id);
      onRestore(block.html, block.id);
      setStatus(t('removedStatusPutBack'));
    }
    setRestored(next);
  };
  const keep = (block: RemovedBlock) => {
    void addKeepRule(article.url, block.reason).then(() => {
      setKept(new Set([...kept, block.reason]));
      setStatus(t('removedStatusKept', [reasonLabel(block.reason), site ?? '']));
    });
  };

  return (
    <aside class={`removed-panel${open ? ' open' : ''}`} aria-labelledby="removed-title" lang={uiLanguage()} onKeyDown={(e) => {
      // Esc closes the panel first (and only then, outside it, leaves the reader).
      if (e.key !== 'Escape' || !open) return;
      e.preventDefault();
      setOpen(false);
      (e.currentTarget as HTMLElement).querySelector<HTMLButtonElement>('.removed-toggle')?.focus();
    }}>
      <h2 class="removed-heading" id="removed-title">
        <button type="button" class="removed-toggle" aria-expanded={open} aria-controls="removed-list"
          onClick={() => setOpen(!open)}>
          {t('removedTitle', String(all.length))}
        </button>
      </h2>
      <div id="removed-list" class="removed-body" hidden={!open}>
        <p class="removed-intro">{t('removedIntro', site ?? '')}</p>
        <ul class="removed-items">
          {blocks.map((block) => (
            <BlockItem key={block.id} block={block} site={site} lang={article.lang} restored={restored.has(block.id)}
              kept={kept.has(block.reason)} onToggle={() => toggle(block)} onKeep={() => keep(block)} />
          ))}
        </ul>
        {empty > 0 && <p class="removed-empty">{t('removedEmptySlots', String(empty))}</p>}
      </div>
      <p class="visually-hidden" role="status">{status}</p>
    </aside>
  );
}
