import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '../../components/ArticleHeader';

describe('formatArticleDate', () => {
  it('reads in the article language, at the time the newsroom gave', () => {
    expect(formatArticleDate('2026-02-05T15:04:00+07:00', 'id')).toBe('5 Februari 2026 pukul 15.04');
    expect(formatArticleDate('2026-03-14T09:30:00Z', 'en-GB')).toBe('14 March 2026 at 09:30');
  });
  it('a date without a time stays that date in every time zone', () => {
    expect(formatArticleDate('2026-02-05', 'en-US')).toBe('February 5, 2026');
  });
  it('nothing for what is not a date, and a fallback for an unknown language tag', () => {
    expect(formatArticleDate('kemarin sore', 'id')).toBeNull();
    expect(formatArticleDate(null, 'id')).toBeNull();
    expect(formatArticleDate('2026-02-05', 'not a tag!!')).toMatch(/2026/);
  });
});
