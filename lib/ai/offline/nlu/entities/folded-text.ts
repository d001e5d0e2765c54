import { foldAccents } from "../normalize";

// Lowercase, accent-free copy of a text with a map back to the original offsets, so extractors can
// match "manana" and "mañana", "UBERMORGEN" and "übermorgen" alike and still report where the match
// sits in what the customer wrote.
export type FoldedText = {
  original: string;
  folded: string;
  // originalIndex[k] is the offset in `original` of folded character k; one extra entry at the end.
  originalIndex: number[];
};

export function foldText(original: string): FoldedText {
  let folded = "";
  const originalIndex: number[] = [];
  for (let index = 0; index < original.length; index++) {
    const piece = foldAccents(original.charAt(index)).toLowerCase();
    for (let k = 0; k < piece.length; k++) originalIndex.push(index);
    folded += piece;
  }
  originalIndex.push(original.length);
  return { original, folded, originalIndex };
}

// Original [start, end) of the folded range [foldedStart, foldedEnd).
export function originalSpan(text: FoldedText, foldedStart: number, foldedEnd: number): { start: number; end: number } {
  const start = text.originalIndex[foldedStart] ?? text.original.length;
  const end = foldedEnd >= text.folded.length ? text.original.length : (text.originalIndex[foldedEnd] ?? text.original.length);
  return { start, end };
}
