// Typed messages between content scripts, extension pages and the background. Every message that arrives is
// checked for shape and sender before anything acts on it: a web page can never reach these handlers directly
// (runtime messages only come from this extension's own contexts), and a content script is treated as untrusted.
import type { Browser } from 'wxt/browser';

export interface DetectMessage {
  type: 'detect';
  isArticle: boolean;
  score: number;
}

export interface ReaderBackMessage {
  type: 'reader-back';
}

/** Background → reader page in tab `tabId`: the read-aloud shortcut (play / pause). */
export interface ReadAloudToggleMessage {
  type: 'read-aloud-toggle';
  tabId: number;
}

/** Extension page → background: save this article (with its images) to the library. */
export interface SaveArticleMessage {
  type: 'save-article';
  article: import('./types').Article;
}

/** Reader page → background: whether the article shown in this tab is saved (for the toolbar). */
export interface SavedIndicatorMessage {
  type: 'saved-indicator';
  saved: boolean;
}

/** Library page → background: fetch the queued imported URLs now. */
export interface QueueRunMessage {
  type: 'queue-run';
}

/** Background → offscreen document: parse fetched HTML and extract the article. */
export interface OffscreenExtractMessage {
  type: 'offscreen-extract';
  html: string;
  url: string;
}

/** Background → reader page in a tab: the toolbar button was clicked there, go back to the page. */
export interface LeaveReaderMessage {
  type: 'leave-reader';
  tabId: number;
}

/** Reader page → background: the view `id` that the background has just extracted (held in memory). */
export interface GetViewMessage {
  type: 'get-view';
  id: string;
}

/** Baca's "could not read this page" notice in a tab → background: "Try again". */
export interface RetryReaderMessage {
  type: 'retry-reader';
}

export type Message = GetViewMessage | DetectMessage | ReaderBackMessage | LeaveReaderMessage | ReadAloudToggleMessage
  | SaveArticleMessage | SavedIndicatorMessage | QueueRunMessage | OffscreenExtractMessage | RetryReaderMessage;

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
/** The fields every stored Article must have, with their types. */
const isArticleShape = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return isStr(a.url) && isStr(a.canonicalUrl) && isStr(a.title) && isStr(a.contentHtml) && isStr(a.textContent)
    && isNum(a.wordCount) && isNum(a.readingMinutes);
};

/** Validators per message type: anything that does not match exactly is dropped. */
export const validators: { [K in Message['type']]: (m: Record<string, unknown>) => boolean } = {
  detect: (m) => isBool(m.isArticle) && isNum(m.score),
  'reader-back': () => true,
  'leave-reader': (m) => isNum(m.tabId),
  'read-aloud-toggle': (m) => isNum(m.tabId),
  'save-article': (m) => isArticleShape(m.article),
  'saved-indicator': (m) => isBool(m.saved),
  'queue-run': () => true,
  'offscreen-extract': (m) => isStr(m.html) && isStr(m.url),
  'get-view': (m) => isStr(m.id) && m.id.length <= 64,
  'retry-reader': () => true,
};

export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  const type = Object.prototype.hasOwnProperty.call(m, 'type') ? m.type : undefined;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(validators, type)) return null;
  return validators[type as Message['type']](m) ? (m as unknown as Message) : null;
}

/** Whether a sender is one of this extension's own pages (not a content script in a web page). */
export function isExtensionPage(sender: Browser.runtime.MessageSender, extensionOrigin: string): boolean {
  return !sender.tab || (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin));
}
