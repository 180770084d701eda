// Search synonyms for a page: Pagefind indexes them; readers never see them.
import type { Term } from './termer.ts';

/** One lower-case spelling per form, made once per build (a page tests every term's forms). */
const gemena = new Map<string, string>();
function lag(form: string): string {
  let g = gemena.get(form);
  if (g === undefined) gemena.set(form, (g = form.toLocaleLowerCase('sv')));
  return g;
}

/**
 * Where an abbreviation stands, its expansion; where the expansion (or a variant) stands, the
 * abbreviation.
 */
export function synonymer(text: string, termer: Term[]): string[] {
  return termerPaSidan(text, termer).map((x) => x.synonym);
}

const ORDTECKEN = /[\p{L}\p{N}]/u;
/** The code point that ends just before `i`. */
function fore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
}

/**
 * Whether `form` stands in `text` as a whole word, as helaOrd() in monster.ts defines it: no letter or digit
 * just before or after. Looking for the form as a substring and checking its neighbours costs far
 * less than the whole-word pattern over the page (most pages use few of the glossary's forms).
 */
function somOrd(text: string, form: string): boolean {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const efter = text.codePointAt(i + form.length);
    if ((i === 0 || !ORDTECKEN.test(fore(text, i))) && (efter === undefined || !ORDTECKEN.test(String.fromCodePoint(efter)))) return true;
  }
  return false;
}

/** The glossary terms a page uses, each with the word it adds to the index. */
function termerPaSidan(text: string, termer: Term[]): { term: Term; synonym: string }[] {
  const sidan = text.toLocaleLowerCase('sv');
  const finns = (s: string) => somOrd(sidan, lag(s));
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
