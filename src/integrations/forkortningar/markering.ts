// Two hast transforms over a built page, on hast-util-find-and-replace:
// - the first use of each abbreviation in <main> becomes a link to its glossary entry with <abbr>;
// - every foreign term from the glossary gets lang="…" wherever it stands (WCAG 3.1.2).
import type { Element, ElementContent, Nodes } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import { arForkortning, helaOrd } from './monster.ts';
import type { Term } from './termer.ts';

type Forelder = Parameters<typeof findAndReplace>[0];

/** Elements in which an abbreviation is never marked: links, code, headings, controls… */
export const INTE_FORKORTNING = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'h1', 'title', 'nav', 'button', 'label', 'textarea', 'option', 'dt', 'svg']);
/** Elements in which a foreign term is never marked. */
export const INTE_SPRAK = new Set(['script', 'style', 'title', 'code', 'pre', 'textarea', 'option', 'svg']);

const arElement = (n: Nodes | undefined): n is Element => n?.type === 'element';

/**
 * Marks the first use of each upper-case abbreviation in `inom` (the page's <main>):
 * <a href="…/ordlista/#id-rcc" class="term"><abbr title="Regionalt cancercentrum">RCC</abbr></a>.
 * `href` gives the glossary address of a term.
 */
export function markeraForkortningar(inom: Forelder, termer: Term[], href: (t: Term) => string): void {
  const forkortningar = termer.filter(arForkortning);
  if (!forkortningar.length) return;
  const perTerm = new Map(forkortningar.map((t) => [t.term, t]));
  const sedda = new Set<string>();
  findAndReplace(
    inom,
    [
      helaOrd(forkortningar.map((t) => t.term), 'gu'),
      (traff: string): ElementContent | false => {
        const t = perTerm.get(traff)!;
        if (sedda.has(t.term)) return false;
        sedda.add(t.term);
        const abbr: Element = { type: 'element', tagName: 'abbr', properties: { title: t.expansion }, children: [{ type: 'text', value: traff }] };
        return { type: 'element', tagName: 'a', properties: { href: href(t), className: ['term'] }, children: [abbr] };
      },
    ],
    { ignore: (n) => arElement(n as Nodes) && (INTE_FORKORTNING.has((n as Element).tagName) || (n as Element).properties?.hidden !== undefined) },
  );
}

/** Gives every foreign term (glossary entries with `sprak`) in `inom` (the page's <body>) its language. */
export function markeraSprak(inom: Forelder, termer: Term[]): void {
  const utlandska = termer.filter((t) => t.sprak);
  if (!utlandska.length) return;
  const former = new Map(utlandska.flatMap((t) => [t.term, ...t.varianter].map((f) => [f.toLocaleLowerCase('sv'), t.sprak!] as const)));
  const monster = helaOrd([...former.keys()].sort((a, b) => b.length - a.length), 'giu');
  findAndReplace(
    inom,
    [monster, (traff: string): ElementContent => ({ type: 'element', tagName: 'span', properties: { lang: former.get(traff.toLocaleLowerCase('sv'))! }, children: [{ type: 'text', value: traff }] })],
    {
      ignore: (n) => {
        if (!arElement(n as Nodes)) return false;
        const e = n as Element;
        return INTE_SPRAK.has(e.tagName) || (e.properties?.lang !== undefined && e.properties.lang !== 'sv');
      },
    },
  );
}
