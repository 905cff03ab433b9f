import type { ReaderView } from '../lib/types';
// The reader's Save / Saved toggle. (Filled in by the library feature.)
export function SaveButton(_props: { view: ReaderView }) {
  return null;
}
