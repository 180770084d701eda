// "Menade du …?": the closest existing names for a misspelt one.

/** Levenshtein distance, for "did you mean" suggestions. */
export function avstand(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(tmp + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest existing ids, best first. */
export function narmaste(id: string, ids: Iterable<string>, antal = 3): string[] {
  return [...ids]
    .map((k) => ({ k, d: avstand(id, k) - (k.includes(id) || id.includes(k) ? 2 : 0) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, antal)
    .map((x) => x.k);
}

/**
 * Only names close enough to be a misspelling of `namn` (case ignored): at most a third of its
 * letters differ, and at least two. Never an unrelated name, which would read as the same thing.
 */
export function troligaForslag(namn: string, namnen: Iterable<string>, antal = 3): string[] {
  const n = namn.toLowerCase();
  const grans = Math.max(2, Math.floor(n.length / 3));
  return [...namnen]
    .map((k) => ({ k, d: avstand(n, k.toLowerCase()) }))
    .filter((x) => x.d <= grans && x.k !== namn)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, antal)
    .map((x) => x.k);
}
