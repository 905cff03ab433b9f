// Asking the background to save the reader's article (with its images): shared by Save and by the first highlight.
import { browser } from 'wxt/browser';
import type { ReaderView } from '../lib/types';
import type { SaveArticleMessage } from '../lib/messages';
import { requestPersistence } from '../lib/store/db';
import { t } from '../lib/i18n';

export type SaveReply = { ok: true; id: string; imagesFailed: number } | { ok: false; code: string; message: string };

export async function requestSave(view: ReaderView): Promise<SaveReply> {
  void requestPersistence();
  const { isArticle: _gate, ...article } = view.article;
  const msg: SaveArticleMessage = { type: 'save-article', article };
  const reply = (await browser.runtime.sendMessage(msg)) as SaveReply | undefined;
  if (!reply) throw new Error(t('saveFailed'));
  return reply;
}
