// The regular expressions of the glossary's terms, without the content reader, so that the
// child processes of the after-build pass (arbetare.ts) load only what they use.
import type { Term } from './termer.ts';

/** Upper-case abbreviations (RCC, SVF), which are explained at their first use on a page. */
export const arForkortning = (t: Term) => /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]+$/.test(t.term);

/** A regular expression that matches a string literally. */
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of `former` as a whole word (not inside another word); the first alternative that fits wins. */
export function helaOrd(former: string[], flaggor: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(${former.map(esc).join('|')})(?![\\p{L}\\p{N}])`, flaggor);
}
