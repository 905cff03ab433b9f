// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addKeepRule, exportKeepRules, importKeepRules, keepRulesFor, loadKeepRules, normalizeKeepRules,
  parseKeepRulesExport, removeKeepRule, siteOf,
} from '../../lib/store/keep-rules';
import { declutter } from '../../lib/extract/declutter';

describe('keep rules per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the site of a page is its host without www; other schemes have none', () => {
    expect(siteOf('https://www.kabarpagi.example/berita/1')).toBe('kabarpagi.example');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('remembers a kind of block for one site only', async () => {
    await addKeepRule('https://kabarpagi.example/berita/1', 'read-also');
    await addKeepRule('https://www.kabarpagi.example/berita/2', 'read-also');
    await addKeepRule('https://kabarpagi.example/x', 'tags');
    expect(await keepRulesFor('https://kabarpagi.example/other')).toEqual(['read-also', 'tags']);
    expect(await keepRulesFor('https://news.example/')).toEqual([]);
    await removeKeepRule('kabarpagi.example', 'tags');
    await removeKeepRule('kabarpagi.example', 'read-also');
    expect(await loadKeepRules()).toEqual({});
  });

  it('refuses rule names that are not names', async () => {
    await addKeepRule('https://a.example/', '<img onerror=x>');
    expect(await loadKeepRules()).toEqual({});
    expect(normalizeKeepRules({ 'a.example': ['ad', 5, 'ok rule', 'ad'], 'bad host/': ['ad'], 'b.example': 'ad' }))
      .toEqual({ 'a.example': ['ad'] });
    expect(normalizeKeepRules(['ad'])).toEqual({});
  });

  it('exports and imports as JSON, merging with what is stored', async () => {
    await addKeepRule('https://a.example/', 'ad');
    const file = exportKeepRules({ 'b.example': ['share'], 'a.example': ['tags'] });
    expect(JSON.parse(file).format).toBe('baca-keep-rules');
    expect(parseKeepRulesExport(file)).toEqual({ 'b.example': ['share'], 'a.example': ['tags'] });
    expect(await importKeepRules(file)).toEqual({ 'a.example': ['ad', 'tags'], 'b.example': ['share'] });
    expect(await keepRulesFor('https://a.example/p')).toEqual(['ad', 'tags']);
  });

  it('rejects a file that is not an export', () => {
    expect(() => parseKeepRulesExport('{"a.example":["ad"]}')).toThrow();
    expect(() => parseKeepRulesExport('nonsense')).toThrow();
  });

  it('the extraction keeps what the rules name (ExtractOptions.keepRules → declutter)', () => {
    const html = '<p>Teks.</p><ins class="adsbygoogle"></ins>';
    document.body.innerHTML = html;
    expect(declutter(document, { url: 'https://a.example/', lang: 'id', keepRules: ['ad'] }).blocks).toEqual([]);
    expect(document.querySelector('ins.adsbygoogle')).not.toBeNull();
    const log = declutter(document, { url: 'https://a.example/', lang: 'id', keepRules: [] });
    expect(log.blocks.map((b) => b.reason)).toEqual(['ad']);
    expect(document.querySelector('ins.adsbygoogle')).toBeNull();
  });
});
