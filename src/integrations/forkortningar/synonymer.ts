// Search synonyms for a page: Pagefind indexes them; readers never see them.
import { helaOrd } from './monster.ts';
import type { Term } from './termer.ts';

/** One pattern per form, made once per build (a page tests every term's forms). */
const monster = new Map<string, RegExp>();
function ordMonster(form: string): RegExp {
  let m = monster.get(form);
  if (!m) monster.set(form, (m = helaOrd([form.toLocaleLowerCase('sv')], 'u')));
  return m;
}

/**
 * Where an abbreviation stands, its expansion; where the expansion (or a variant) stands, the
 * abbreviation.
 */
export function synonymer(text: string, termer: Term[]): string[] {
  const lag = text.toLocaleLowerCase('sv');
  const ut = new Set<string>();
  const finns = (s: string) => ordMonster(s).test(lag);
  for (const t of termer) {
    if (finns(t.term)) ut.add(t.expansion);
    if (finns(t.expansion) || t.varianter.some(finns)) ut.add(t.term);
  }
  return [...ut];
}
