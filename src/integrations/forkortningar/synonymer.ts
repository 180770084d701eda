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
  return termerPaSidan(text, termer).map((x) => x.synonym);
}

/** The glossary terms a page uses, each with the word it adds to the index. */
function termerPaSidan(text: string, termer: Term[]): { term: Term; synonym: string }[] {
  const lag = text.toLocaleLowerCase('sv');
  // A form that is not in the text at all cannot stand in it as a word: most pages use few of the
  // glossary's forms, and looking for a substring costs far less than the whole-word pattern.
  const finns = (s: string) => lag.includes(s.toLocaleLowerCase('sv')) && ordMonster(s).test(lag);
  const ut = new Map<string, { term: Term; synonym: string }>();
  for (const t of termer) {
    if (finns(t.term)) ut.set(t.expansion, { term: t, synonym: t.expansion });
    if (finns(t.expansion) || t.varianter.some(finns)) ut.set(t.term, { term: t, synonym: t.term });
  }
  return [...ut.values()];
}

/**
 * The synonyms as the index stores them, and as a search excerpt may show them: readable pairs,
 * "RCC (Regionalt cancercentrum), SVF (Standardiserat vårdförlopp)", never a run of bare words.
 */
export function synonymtext(text: string, termer: Term[]): string {
  const sedda = new Set<string>();
  return termerPaSidan(text, termer)
    .filter(({ term }) => !sedda.has(term.id) && sedda.add(term.id))
    .map(({ term }) => (term.term.toLocaleLowerCase('sv') === term.expansion.toLocaleLowerCase('sv') ? term.term : `${term.term} (${term.expansion})`))
    .join(', ');
}
