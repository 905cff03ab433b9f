// The "could not read this page" state: which executeScript errors mean a protected page, and the reasons shown.
import { describe, expect, it } from 'vitest';
import { failureReason, isRefusal, shortError } from '../../entrypoints/background/read-failure';

describe('read failure', () => {
  it('tells the browser refusing a page apart from reading it failing', () => {
    for (const refusal of [
      'Cannot access a chrome:// URL',
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'The extensions gallery cannot be scripted.',
      'Missing host permission for the tab',
    ]) expect(isRefusal(refusal), refusal).toBe(true);
    for (const failure of ['t.searchParams.keys() is not iterable', 'Frame with ID 0 was removed.', 'no-result', 'Maximum call stack size exceeded']) {
      expect(isRefusal(failure), failure).toBe(false);
    }
  });

  it('gives a short reason: known codes by name, exceptions on one line, cut at 80 characters', () => {
    // Unit tests have no catalogue: t() answers with the key and the substitution is left out.
    expect(failureReason('no-document')).toBe('readFailedNotHtml');
    expect(failureReason('no-result')).toBe('readFailedNoAnswer');
    expect(failureReason('boom')).toBe('readFailedError');
    expect(shortError('  x is\n  not iterable ')).toBe('x is not iterable');
    const long = shortError('e'.repeat(200));
    expect(long.length).toBe(80);
    expect(long.endsWith('…')).toBe(true);
  });
});
