// Read aloud, the speaking part: one utterance per sentence from a queue, so the sentence being read is always
// known (for the highlight), long articles never hit the engines' utterance length limits, and pause / speed / voice
// changes take effect at the current sentence. Pause cancels and resumes at the sentence start: speechSynthesis.pause()
// is unreliable with network voices.
import type { QueueItem } from './speech';

export type SpeakerState = 'idle' | 'playing' | 'paused';

export interface SpeakerOptions {
  lang: string | null;
  voice: SpeechSynthesisVoice | null;
  rate: number;
  onSentence: (index: number, item: QueueItem) => void;
  onState: (state: SpeakerState) => void;
  /** The engine began speaking (an utterance started). */
  onStarted?: () => void;
  /** Speaking failed (no engine, no voice for the language…); reading has stopped. */
  onError?: (error: string) => void;
  /** Utterance constructor (the page's own, or a test double). */
  Utterance?: typeof SpeechSynthesisUtterance;
}

export class Speaker {
  private index = 0;
  private generation = 0;
  private current: SpeakerState = 'idle';

  constructor(
    private readonly synth: SpeechSynthesis,
    private readonly queue: readonly QueueItem[],
    private readonly options: SpeakerOptions,
  ) {}

  get state(): SpeakerState {
    return this.current;
  }

  get position(): number {
    return this.index;
  }

  /** Start (or restart) reading at sentence `from`. */
  play(from = this.index): void {
    if (!this.queue.length) return;
    this.index = Math.min(Math.max(0, from), this.queue.length - 1);
    this.setState('playing');
    this.speakCurrent();
  }

  pause(): void {
    if (this.current !== 'playing') return;
    this.generation++;
    this.synth.cancel();
    this.setState('paused');
  }

  toggle(): void {
    if (this.current === 'playing') this.pause();
    else this.play();
  }

  stop(): void {
    this.generation++;
    this.synth.cancel();
    this.index = 0;
    this.setState('idle');
  }

  setRate(rate: number): void {
    this.options.rate = rate;
    if (this.current === 'playing') this.play(this.index);
  }

  setVoice(voice: SpeechSynthesisVoice | null): void {
    this.options.voice = voice;
    if (this.current === 'playing') this.play(this.index);
  }

  private setState(state: SpeakerState): void {
    if (state === this.current) return;
    this.current = state;
    this.options.onState(state);
  }

  private speakCurrent(): void {
    const item = this.queue[this.index];
    if (!item) {
      this.stop();
      return;
    }
    const generation = ++this.generation;
    // Only interrupt what is still speaking: cancel() right before speak() can drop the new utterance in Chrome.
    if (this.synth.speaking || this.synth.pending) this.synth.cancel();
    const Utterance = this.options.Utterance ?? SpeechSynthesisUtterance;
    const utterance = new Utterance(item.text);
    utterance.rate = this.options.rate;
    if (this.options.voice) {
      utterance.voice = this.options.voice;
      utterance.lang = this.options.voice.lang;
    } else if (this.options.lang) utterance.lang = this.options.lang;
    utterance.onstart = () => {
      if (generation === this.generation) this.options.onStarted?.();
    };
    utterance.onend = () => {
      if (generation !== this.generation) return;
      if (this.index + 1 >= this.queue.length) this.stop();
      else {
        this.index++;
        this.speakCurrent();
      }
    };
    utterance.onerror = (event) => {
      if (generation !== this.generation) return;
      // Cancelled by us (pause, speed change) is not an error; anything else stops cleanly.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop();
      this.options.onError?.(event.error);
    };
    this.options.onSentence(this.index, item);
    this.synth.speak(utterance);
  }
}
