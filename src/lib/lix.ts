// LIX, the Swedish readability index: words per sentence plus the percentage of long words
// (more than six letters). Editors see it for plain-language summaries; readers never do.

/** Above this, the validation (build, dev, `npm run kontroll`) warns that a summary may be hard to read. */
export const LIX_GRANS = 40;

export interface Lix {
  ord: number;
  meningar: number;
  langaOrd: number;
  lix: number;
}

/** Words: runs of letters and digits; "RCC:s" and "Stockholm-Gotland" are one word each. */
const ORD = /[\p{L}\p{N}]+(?:[-:'’][\p{L}\p{N}]+)*/gu;

/**
 * A sentence ends at . ! ? (or a colon) followed by a capital letter, a digit or the end of the
 * text, so that abbreviations inside a sentence ("t.ex. screening") do not split it.
 */
const MENINGSSLUT = /[.!?:]+(?=\s+[\p{Lu}\p{N}]|\s*$)/gu;

const bokstaver = (ord: string) => (ord.match(/\p{L}/gu) ?? []).length;

export function lix(text: string): Lix {
  const ord = text.match(ORD) ?? [];
  if (ord.length === 0) return { ord: 0, meningar: 0, langaOrd: 0, lix: 0 };
  const t = text.trim();
  // Text after the last full stop (a heading, a list item without one) is a sentence too.
  const meningar = (t.match(MENINGSSLUT) ?? []).length + (/[.!?:]$/.test(t) ? 0 : 1);
  const langaOrd = ord.filter((o) => bokstaver(o) > 6).length;
  const varde = ord.length / meningar + (langaOrd * 100) / ord.length;
  return { ord: ord.length, meningar, langaOrd, lix: Math.round(varde * 10) / 10 };
}
