// Search synonyms for a page: Pagefind indexes them; readers never see them.
import { helaOrd } from './monster.ts';
import type { Term } from './termer.ts';

/**
 * Where an abbreviation stands, its expansion; where the expansion (or a variant) stands, the
 * abbreviation.
 */
export function synonymer(text: string, termer: Term[]): string[] {
  const lag = text.toLocaleLowerCase('sv');
  const ut = new Set<string>();
  const finns = (s: string) => helaOrd([s.toLocaleLowerCase('sv')], 'u').test(lag);
  for (const t of termer) {
    if (finns(t.term)) ut.add(t.expansion);
    if (finns(t.expansion) || t.varianter.some(finns)) ut.add(t.term);
  }
  return [...ut];
}
