// The browser's speech voices, kept current (engines load them late and announce it with 'voiceschanged').
import { useEffect, useState } from 'preact/hooks';

export const speechEngine = (): SpeechSynthesis | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;

export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => speechEngine()?.getVoices() ?? []);
  useEffect(() => {
    const s = speechEngine();
    if (!s) return;
    const update = () => setVoices(s.getVoices());
    s.addEventListener('voiceschanged', update);
    update();
    return () => s.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}
