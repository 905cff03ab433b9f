// The library's keyboard: one row per key, what it does.
export type KeyAction =
  | 'next' | 'previous' | 'first' | 'last' | 'open' | 'select' | 'archive' | 'favorite' | 'delete' | 'search' | 'escape' | 'undo';

export const LIBRARY_KEYS: Record<string, KeyAction> = {
  ArrowDown: 'next', j: 'next', ArrowUp: 'previous', k: 'previous', Home: 'first', End: 'last',
  Enter: 'open', o: 'open', x: 'select', ' ': 'select', e: 'archive', f: 'favorite', Delete: 'delete', '#': 'delete',
  '/': 'search', Escape: 'escape', z: 'undo',
};

export function keyAction(e: KeyboardEvent): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return LIBRARY_KEYS[e.key] ?? null;
}
