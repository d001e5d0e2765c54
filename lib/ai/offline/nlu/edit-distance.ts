// True when `a` becomes `b` with at most one edit: insert, delete or substitute a letter, or swap two
// neighbouring letters (Damerau-Levenshtein distance ≤ 1, the swap being how people mistype
// "ordre" for "order"). Runs in one pass and stops at the second difference, so checking a token
// against a whole vocabulary stays cheap.
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;

  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;

  if (lengthDifference === 1) return a.slice(start + 1) === b.slice(start);
  if (lengthDifference === -1) return a.slice(start) === b.slice(start + 1);
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
}
