// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildQueue, chooseVoice, rangeForOffsets, readableBlocks, splitSentences, voicesFor, type VoiceLike } from '../../lib/speech';
import { Speaker, type SpeakerState } from '../../lib/speaker';

describe('splitSentences', () => {
  const cases: { title: string; lang: string; text: string; expected: string[] }[] = [
    {
      title: 'Indonesian news text',
      lang: 'id',
      text: 'Banjir rob kembali merendam Jakarta Utara. Warga mengungsi ke masjid! Apakah air akan surut?',
      expected: ['Banjir rob kembali merendam Jakarta Utara.', 'Warga mengungsi ke masjid!', 'Apakah air akan surut?'],
    },
    {
      title: 'English with a quote that ends a sentence',
      lang: 'en',
      text: '"It rose fast," she said. The council met at 9.30 on Monday.',
      expected: ['"It rose fast," she said.', 'The council met at 9.30 on Monday.'],
    },
    { title: 'Japanese full stops', lang: 'ja', text: '雨が降った。川が増水した。', expected: ['雨が降った。', '川が増水した。'] },
    { title: 'Arabic question mark', lang: 'ar', text: 'هل ستنخفض المياه؟ قال المسؤول إن الوضع مستقر.', expected: ['هل ستنخفض المياه؟', 'قال المسؤول إن الوضع مستقر.'] },
    { title: 'no final punctuation', lang: 'id', text: 'Pompa air dikerahkan', expected: ['Pompa air dikerahkan'] },
    { title: 'whitespace only', lang: 'en', text: '   \n ', expected: [] },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const got = splitSentences(c.text, c.lang);
      expect(got.map((s) => s.text)).toEqual(c.expected);
      // Offsets point at the sentence inside the original text (used for the highlight).
      for (const s of got) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('works without Intl.Segmenter (older engines) through the fallback', () => {
    const original = Intl.Segmenter;
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      const got = splitSentences('Satu dua. Tiga empat? Lima', 'id');
      expect(got.map((s) => s.text)).toEqual(['Satu dua.', 'Tiga empat?', 'Lima']);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(Intl.Segmenter).toBe(original);
  });

  it('falls back to the default locale for an invalid language tag', () => {
    expect(splitSentences('One. Two.', 'not a tag!').map((s) => s.text)).toEqual(['One.', 'Two.']);
  });
});

describe('buildQueue', () => {
  it('continues across paragraphs, each sentence knowing its block', () => {
    const q = buildQueue(['Judul berita', 'Kalimat satu. Kalimat dua.', '', 'Penutup.'], 'id');
    expect(q.map((i) => [i.block, i.text])).toEqual([
      [0, 'Judul berita'], [1, 'Kalimat satu.'], [1, 'Kalimat dua.'], [3, 'Penutup.'],
    ]);
  });
});

describe('readableBlocks', () => {
  it('reads leaf blocks in order, once, skipping empty and hidden ones', () => {
    document.body.innerHTML = `<div id="b"><h2>Pompa</h2><p>Satu.</p><ul><li><p>Dalam daftar.</p></li><li>Kedua</li></ul>
      <p>  </p><p hidden>Tersembunyi</p><blockquote><p>Kutipan.</p></blockquote><figure><img alt=""><figcaption>Foto</figcaption></figure></div>`;
    const texts = readableBlocks(document.getElementById('b')!).map((el) => el.textContent);
    expect(texts).toEqual(['Pompa', 'Satu.', 'Dalam daftar.', 'Kedua', 'Kutipan.', 'Foto']);
  });
});

describe('voices', () => {
  const v = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({ name, lang, voiceURI: name, ...extra });
  const voices = [
    v('US English', 'en-US', { default: true }), v('Network Indonesian', 'id-ID', { localService: false }),
    v('Local Indonesian', 'id-ID', { localService: true }), v('Malay', 'ms-MY'), v('Old Indonesian tag', 'in_ID'),
    v('British', 'en_GB'),
  ];

  it('prefers a local voice with the same language', () => {
    expect(chooseVoice(voices, 'id')?.name).toBe('Local Indonesian');
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('British');
  });

  it("keeps the person's choice when it speaks the article's language", () => {
    expect(chooseVoice(voices, 'id-ID', 'Network Indonesian')?.name).toBe('Network Indonesian');
  });

  it("ignores a remembered voice of another language (an English voice never reads Indonesian)", () => {
    expect(chooseVoice(voices, 'id', 'US English')?.name).toBe('Local Indonesian');
  });

  it('returns no voice when none speaks the language, so the browser picks by utterance.lang', () => {
    expect(chooseVoice(voices, 'de')).toBeNull();
    expect(voicesFor(voices, 'de')).toEqual([]);
  });

  it('uses the default voice when the article has no language', () => {
    expect(chooseVoice(voices, null)?.name).toBe('US English');
  });
});

describe('rangeForOffsets', () => {
  it('spans text nodes across inline markup', () => {
    document.body.innerHTML = '<p id="p"><strong>Jakarta</strong> - Banjir rob. Warga <a href="#">mengungsi</a> ke masjid.</p>';
    const p = document.getElementById('p')!;
    const text = p.textContent!;
    const start = text.indexOf('Warga');
    const range = rangeForOffsets(p, start, text.length)!;
    expect(range.toString()).toBe('Warga mengungsi ke masjid.');
    expect(rangeForOffsets(p, 0, 7)!.toString()).toBe('Jakarta');
    expect(rangeForOffsets(p, 0, text.length + 5)).toBeNull();
  });
});

/** A speechSynthesis double: records what was spoken; the test ends utterances by hand. */
class FakeSynth {
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  speaking = false;
  pending = false;
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.speaking = true;
  }
  cancel() {
    this.cancelled++;
    this.speaking = false;
  }
}
class FakeUtterance {
  rate = 1; lang = ''; voice: unknown = null;
  onend: (() => void) | null = null;
  onstart: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

describe('Speaker', () => {
  const queue = buildQueue(['Satu. Dua.', 'Tiga.'], 'id');
  const make = () => {
    const synth = new FakeSynth();
    const states: SpeakerState[] = [];
    const sentences: number[] = [];
    const errors: string[] = [];
    const speaker = new Speaker(synth as unknown as SpeechSynthesis, queue, {
      lang: 'id', voice: null, rate: 1.25, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
      onSentence: (i) => sentences.push(i), onState: (s) => states.push(s), onError: (e) => errors.push(e),
    });
    return { synth, states, sentences, speaker, errors };
  };

  it('reads sentence after sentence across paragraphs, then stops', () => {
    const { synth, states, sentences, speaker } = make();
    speaker.play();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Satu.']);
    expect(synth.spoken[0]!.lang).toBe('id');
    expect(synth.spoken[0]!.rate).toBe(1.25);
    synth.spoken[0]!.onend!();
    synth.spoken[1]!.onend!();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    synth.spoken[2]!.onend!();
    expect(sentences).toEqual([0, 1, 2]);
    expect(states).toEqual(['playing', 'idle']);
  });

  it('pauses and resumes at the current sentence; stale events from a cancelled utterance are ignored', () => {
    const { synth, states, speaker } = make();
    speaker.play();
    synth.spoken[0]!.onend!();
    speaker.pause();
    synth.spoken[1]!.onerror!({ error: 'interrupted' });
    synth.spoken[1]!.onend!();
    expect(speaker.state).toBe('paused');
    speaker.toggle();
    expect(synth.spoken.at(-1)!.text).toBe('Dua.');
    expect(states).toEqual(['playing', 'paused', 'playing']);
  });

  it('reports when the engine really starts speaking, only for the current utterance', () => {
    const synth = new FakeSynth();
    let started = 0;
    const speaker = new Speaker(synth as unknown as SpeechSynthesis, queue, {
      lang: 'id', voice: null, rate: 1, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
      onSentence: () => undefined, onState: () => undefined, onStarted: () => started++,
    });
    speaker.play();
    speaker.setRate(1.5);
    (synth.spoken[0] as unknown as { onstart: () => void }).onstart();
    expect(started).toBe(0);
    (synth.spoken[1] as unknown as { onstart: () => void }).onstart();
    expect(started).toBe(1);
  });

  it('a speed change restarts the current sentence at the new rate', () => {
    const { synth, speaker } = make();
    speaker.play();
    speaker.setRate(2);
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([['Satu.', 1.25], ['Satu.', 2]]);
    expect(synth.cancelled).toBe(1);
  });

  it('moving on after a sentence ended does not cancel (nothing is speaking)', () => {
    const { synth, speaker } = make();
    speaker.play();
    synth.speaking = false;
    synth.spoken[0]!.onend!();
    expect(synth.spoken).toHaveLength(2);
    expect(synth.cancelled).toBe(0);
  });

  it('stop goes back to the start; a real error stops cleanly and is reported', () => {
    const { synth, speaker, errors } = make();
    speaker.play(1);
    expect(synth.spoken[0]!.text).toBe('Dua.');
    synth.spoken[0]!.onerror!({ error: 'synthesis-failed' });
    expect(speaker.state).toBe('idle');
    expect(speaker.position).toBe(0);
    expect(errors).toEqual(['synthesis-failed']);
  });
});
