// One built page through the after-build pass: abbreviations, languages, search synonyms and the
// duplicate-anchor check. Used by the child processes (arbetare.ts) and, for a few pages, directly.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { EXIT, visitParents } from 'unist-util-visit-parents';
import { dubblaId } from './dubbla-id.ts';
import { markeraForkortningar, markeraSprak } from './markering.ts';
import { sokutdrag } from './sokutdrag.ts';
import { markeraStrom } from './strom.ts';
import { synonymtext } from './synonymer.ts';
import type { Term } from './termer.ts';

/** The first element with this tag name; the walk stops there. */
function forsta(tree: Root, tagName: string): Element | undefined {
  let hittad: Element | undefined;
  visitParents(tree, 'element', (n: Element) => {
    if (n.tagName !== tagName) return;
    hittad = n;
    return EXIT;
  });
  return hittad;
}

/** The page around its one <main> element: [before, main, after], or undefined if it has not exactly one. */
function kringMain(html: string): [string, string, string] | undefined {
  const fran = html.indexOf('<main');
  const slut = html.indexOf('</main>');
  if (fran < 0 || slut < fran || html.indexOf('<main', fran + 1) >= 0 || html.indexOf('</main>', slut + 1) >= 0) return undefined;
  return [html.slice(0, fran), html.slice(fran, slut + '</main>'.length), html.slice(slut + '</main>'.length)];
}

/** Abbreviations, search excerpts and synonyms: the work inside <main>. */
function markeraMain(main: Element, termer: Term[], href: (t: Term) => string, forkorta: boolean): void {
  const syn = forkorta && main.properties?.dataPagefindBody !== undefined ? synonymtext(toText(main), termer) : '';
  if (forkorta) markeraForkortningar(main, termer, href);
  sokutdrag(main);
  // Before the languages: a foreign term among the synonyms gets its language too.
  if (syn.length)
    main.children.push({ type: 'element', tagName: 'p', properties: { className: ['synonymer'], hidden: true, dataPagefindWeight: '0.5' }, children: [{ type: 'text', value: syn }] });
}

/**
 * One built page: abbreviations (not on the glossary itself: `forkorta` false), languages and
 * search synonyms. Returns the page unchanged when there is nothing to do.
 *
 * Everything but the languages happens in <main>. When no foreign term appears outside it (the
 * header and footer are the same on every page), only <main> is rewritten and the rest of the page
 * is kept as it was: by the stream (strom.ts) where it can read <main>, else by the tree path
 * (markeraMedTrad), which gives the same document.
 */
export function markera(html: string, termer: Term[], href: (t: Term) => string, forkorta = true): string {
  if (!termer.length || !html.includes('<main')) return html;
  const delar = endastMain(html, termer);
  const strom = delar && markeraStrom(delar[1], termer, href, forkorta);
  return strom !== undefined ? delar![0] + strom + delar![2] : markeraMedTrad(html, termer, href, forkorta);
}

/** The page around <main>, when only <main> needs work: it is the only one, and no foreign term stands outside it. */
function endastMain(html: string, termer: Term[]): [string, string, string] | undefined {
  const delar = kringMain(html);
  if (!delar) return undefined;
  const utanfor = (delar[0] + delar[2]).toLocaleLowerCase('sv');
  const former = termer.filter((t) => t.sprak).flatMap((t) => [t.term, ...t.varianter]).map((f) => f.toLocaleLowerCase('sv'));
  return former.some((f) => utanfor.includes(f)) ? undefined : delar;
}

/**
 * The same as markera(), on hast trees: where only <main> needs work, only <main> is parsed and
 * written back; otherwise, or when the page has not exactly one <main>, the whole document.
 */
export function markeraMedTrad(html: string, termer: Term[], href: (t: Term) => string, forkorta = true): string {
  if (!termer.length || !html.includes('<main')) return html;
  const delar = endastMain(html, termer);
  if (delar) {
    const tree = fromHtml(delar[1], { fragment: true }) as Root;
    const main = forsta(tree, 'main')!;
    markeraMain(main, termer, href, forkorta);
    markeraSprak(main, termer);
    return delar[0] + toHtml(tree, { allowDangerousHtml: true }) + delar[2];
  }
  const tree = fromHtml(html) as Root;
  const main = forsta(tree, 'main');
  if (main) markeraMain(main, termer, href, forkorta);
  const body = forsta(tree, 'body');
  if (body) markeraSprak(body, termer);
  return toHtml(tree, { allowDangerousHtml: true });
}

/** What the pass needs besides the pages, as plain data (it crosses into child processes). */
export interface Uppdrag {
  termer: Term[];
  /** Glossary address per term id. */
  hrefs: Record<string, string>;
  /** The glossary page's own file: languages only, no abbreviations. */
  ordlistan: string;
}

/**
 * Reads, marks and writes back one file; returns the ids it repeats. A page that repeats an id is
 * not written: the build stops with the list of all of them (forkortningar.ts).
 */
export function behandla(fil: string, u: Uppdrag): string[] {
  const fore = readFileSync(fil, 'utf8');
  const dubbla = dubblaId(fore);
  if (dubbla.length) return dubbla;
  const efter = markera(fore, u.termer, (t) => u.hrefs[t.id]!, fil !== u.ordlistan);
  if (efter !== fore) writeFileSync(fil, efter);
  return [];
}
