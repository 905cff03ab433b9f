import { highlightParts } from '../../lib/store/search';

/** Text with the words that match the search marked. */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  if (!words.length) return <>{text}</>;
  return <>{highlightParts(text, words).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
