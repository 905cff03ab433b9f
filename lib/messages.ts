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

export type Message = DetectMessage | ReaderBackMessage | ReadAloudToggleMessage;

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Validators per message type: anything that does not match exactly is dropped. */
export const validators: { [K in Message['type']]: (m: Record<string, unknown>) => boolean } = {
  detect: (m) => isBool(m.isArticle) && isNum(m.score),
  'reader-back': () => true,
  'read-aloud-toggle': (m) => isNum(m.tabId),
};

export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  const type = m.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(validators, type)) return null;
  return validators[type as Message['type']](m) ? (m as unknown as Message) : null;
}

/** Whether a sender is one of this extension's own pages (not a content script in a web page). */
export function isExtensionPage(sender: Browser.runtime.MessageSender, extensionOrigin: string): boolean {
  return !sender.tab || (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin));
}
