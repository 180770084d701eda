// The after-build pass's fast path (issue 17): the page's <main> as Astro writes it, read as a
// stream of tags and text and rewritten in place, instead of parsed into a tree and written out
// again. It does what markeraMain() and markeraSprak() in sida.ts do to the tree, with the same
// rules (markering.ts, sokutdrag.ts, synonymer.ts), and keeps every byte it does not change.
//
// A stream of tags is the browser's tree only when the HTML is well nested: the browser closes a
// <p> before a <div>, moves text out of a table, and so on. Astro writes well-nested HTML, but a
// body's own HTML need not be. Where the stream meets anything whose tree could differ from the
// nesting of its tags (a misnested or implied end tag, a table part out of place, an unknown
// character reference, a raw-text element other than script and style) it gives up and returns
// undefined, and the page takes the tree path. A rewriter such as lol-html streams the same way but
// cannot tell those cases apart. A unit test and `scripts/bench/stromtest.ts` check that both paths
// give the same tree.
import { INTE_FORKORTNING, INTE_SPRAK } from './markering.ts';
import { arForkortning, helaOrd } from './monster.ts';
import { BEHALLARE, BLOCK, UTANFOR_INDEX } from './sokutdrag.ts';
import { synonymtext } from './synonymer.ts';
import type { Term } from './termer.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements the stream does not read: their content is not parsed as plain elements and text. */
const AVBRYT = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'datalist', 'frameset', 'image', 'math', 'html', 'head', 'body', 'main', 'nobr', 'rb', 'rt', 'rtc', 'rp', 'param', 'frame', 'keygen', 'basefont', 'bgsound']);
const RAATEXT = new Set(['script', 'style']);
/** A start tag of these closes an open <p> (HTML's tree construction): the stream gives up. */
const STANGER_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'dd', 'dt', 'listing', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'ul']);
/** HTML's special elements that end the search for an open list item (less address, div and p). */
const SARSKILDA = new Set(['applet', 'area', 'article', 'aside', 'base', 'blockquote', 'body', 'button', 'caption', 'center', 'col', 'colgroup', 'details', 'dir', 'dl', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'iframe', 'img', 'input', 'li', 'dd', 'dt', 'listing', 'main', 'marquee', 'menu', 'nav', 'object', 'ol', 'pre', 'search', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'ul', 'svg']);
const RUBRIK = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABELLDEL = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
/** What may stand directly in a table part without the browser moving it. */
const I_TABELL: Record<string, Set<string>> = {
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'script', 'style']),
  thead: new Set(['tr', 'script', 'style']),
  tbody: new Set(['tr', 'script', 'style']),
  tfoot: new Set(['tr', 'script', 'style']),
  tr: new Set(['td', 'th', 'script', 'style']),
};
/** HTML elements that end SVG inside it (foreign content): the stream gives up. */
const BRYTER_SVG = new Set(['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font']);
/** hast-util-to-text: elements whose text is not rendered, and those that break lines. */
const EJ_TEXT = new Set(['datalist', 'head', 'noembed', 'noframes', 'noscript', 'rp', 'script', 'style', 'template', 'title']);
const RADBRYT = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'dialog', 'dir', 'dl', 'dt', 'div', 'figure', 'figcaption', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'ul', 'xmp', 'br', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'tfoot']);
const FORMATERAD = new Set(['pre', 'listing', 'plaintext']);

const START = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const SLUT = /<\/([a-zA-Z][^\s/>]*)\s*>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const REFERENS = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMNGIVNA: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const VIKTIGA_ATTRIBUT = /class|hidden|lang|open|data-pagefind/i;
const INGA_ATTRIBUT = new Map<string, string>();

class Avbryt extends Error {}
const avbryt = (): never => {
  throw new Avbryt();
};

/** Text with its character references read; a reference the stream does not know ends it. */
function avkoda(s: string): string {
  if (!s.includes('&')) return s;
  if (s.replace(REFERENS, '').includes('&')) avbryt();
  return s.replace(REFERENS, (_, dec?: string, hex?: string, namn?: string) => {
    if (namn) return NAMNGIVNA[namn]!;
    const kod = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return kod > 0 && kod <= 0x10ffff && (kod < 0xd800 || kod > 0xdfff) ? String.fromCodePoint(kod) : avbryt();
  });
}

const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A tag's attributes by name (the first of a name wins, as in HTML), their values as written. */
function attribut(s: string): Map<string, string> {
  const ut = new Map<string, string>();
  for (const m of s.matchAll(ATTR)) {
    const namn = m[1]!.toLowerCase();
    if (!ut.has(namn)) ut.set(namn, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return ut;
}

interface Nod {
  namn: string;
  /** An abbreviation is not marked here (markering.ts). */
  ejForkortning: boolean;
  /** A foreign term is not marked here. */
  ejSprak: boolean;
  /** Its text is not in the page's text (hast-util-to-text). */
  ejText: boolean;
  formaterad: boolean;
  svg: boolean;
  /** Inside a <template>: its content is not the page's tree (hast keeps it apart), so it is copied as it is. */
  mall: boolean;
  /** The last child was one of sokutdrag's blocks. */
  blockFore: boolean;
}

/** What the pass needs of the glossary, made once per list of terms. */
interface Monster {
  forkortningar: Map<string, Term>;
  forkortning?: RegExp;
  sprak: Map<string, string>;
  utlandsk?: RegExp;
}
const monsterFor = new WeakMap<Term[], Monster>();
function monster(termer: Term[]): Monster {
  let m = monsterFor.get(termer);
  if (m) return m;
  const forkortningar = termer.filter(arForkortning);
  const sprak = new Map(termer.filter((t) => t.sprak).flatMap((t) => [t.term, ...t.varianter].map((f) => [f.toLocaleLowerCase('sv'), t.sprak!] as const)));
  m = {
    forkortningar: new Map(forkortningar.map((t) => [t.term, t])),
    forkortning: forkortningar.length ? helaOrd(forkortningar.map((t) => t.term), 'gu') : undefined,
    sprak,
    utlandsk: sprak.size ? helaOrd([...sprak.keys()].sort((a, b) => b.length - a.length), 'giu') : undefined,
  };
  monsterFor.set(termer, m);
  return m;
}

/** Foreign terms in a piece of text, with their language, as HTML (markeraSprak). */
function medSprak(varde: string, m: Monster, ej: boolean): string {
  if (ej || !m.utlandsk) return text(varde);
  m.utlandsk.lastIndex = 0;
  let ut = '';
  let fran = 0;
  for (let traff = m.utlandsk.exec(varde); traff; traff = m.utlandsk.exec(varde)) {
    ut += text(varde.slice(fran, traff.index)) + `<span lang="${attr(m.sprak.get(traff[0].toLocaleLowerCase('sv'))!)}">${text(traff[0])}</span>`;
    fran = traff.index + traff[0].length;
  }
  return ut + text(varde.slice(fran));
}

/**
 * `<main>…</main>` marked as the tree path marks it, or undefined where the stream gives up.
 * `forkorta`: abbreviations and synonyms (not on the glossary itself).
 */
export function markeraStrom(main: string, termer: Term[], href: (t: Term) => string, forkorta: boolean): string | undefined {
  try {
    return strom(main, monster(termer), href, forkorta, termer);
  } catch (e) {
    if (e instanceof Avbryt) return undefined;
    throw e;
  }
}

function strom(s: string, m: Monster, href: (t: Term) => string, forkorta: boolean, termer: Term[]): string | undefined {
  const ut: string[] = [];
  const stack: Nod[] = [];
  const sidtext: string[] = [];
  const sedda = new Set<string>();
  let synonymer = false;
  let i = 0;
  let klar = false;

  while (i < s.length) {
    if (klar) return undefined;
    const lt = s.indexOf('<', i);
    if (lt !== i) {
      const slut = lt < 0 ? s.length : lt;
      textnod(s.slice(i, slut));
      i = slut;
      continue;
    }
    if (s.startsWith('<!--', i)) {
      const slut = s.indexOf('-->', i + 4);
      if (slut < 0 || !stack.length) return undefined;
      ut.push(s.slice(i, slut + 3));
      stack.at(-1)!.blockFore = false;
      i = slut + 3;
      continue;
    }
    if (s[i + 1] === '/') {
      SLUT.lastIndex = i;
      const t = SLUT.exec(s) ?? avbryt();
      const namn = t[1]!.toLowerCase();
      const nod = stack.at(-1);
      if (!nod || nod.namn !== namn) return undefined;
      stack.pop();
      if (!stack.length) {
        // </main>: the search synonyms go last inside it, with their languages marked.
        const syn = synonymer ? synonymtext(sidtext.join(''), termer) : '';
        if (syn) ut.push(`<p class="synonymer" hidden data-pagefind-weight="0.5">${medSprak(syn, m, nod.ejSprak)}</p>`);
        klar = true;
      } else {
        stack.at(-1)!.blockFore = BLOCK.has(namn);
      }
      if (RADBRYT.has(namn) && !nod.ejText) sidtext.push('\n');
      ut.push(t[0]);
      i = SLUT.lastIndex;
      continue;
    }
    START.lastIndex = i;
    const t = START.exec(s) ?? avbryt();
    i = START.lastIndex;
    starttagg(t[0], t[1]!.toLowerCase(), t[2]!, t[3] === '/');
    if (RAATEXT.has(t[1]!.toLowerCase())) {
      const slutTagg = new RegExp(`</${t[1]!}[\\t\\n\\f\\r />]`, 'gi');
      slutTagg.lastIndex = i;
      const slut = slutTagg.exec(s)?.index ?? -1;
      if (slut < 0) return undefined;
      ut.push(s.slice(i, slut));
      i = slut;
    }
  }
  return klar && !stack.length ? ut.join('') : undefined;

  function starttagg(raw: string, namn: string, attrText: string, sjalvstangd: boolean): void {
    const forald = stack.at(-1);
    if (forald?.mall) {
      if (sjalvstangd && !VOID.has(namn) && !forald.svg) avbryt();
      ut.push(raw);
      if (!VOID.has(namn) && !sjalvstangd) stack.push({ ...forald, namn, svg: forald.svg || namn === 'svg' });
      return;
    }
    // Inside SVG, title, style and the like are SVG's own elements; <foreignObject> goes back to HTML.
    if (!forald ? namn !== 'main' : forald.svg ? namn === 'foreignobject' : AVBRYT.has(namn)) avbryt();
    if (forald) kontrolleraNastling(namn, forald);
    // Only these attributes matter here; most tags have none of them.
    const a = VIKTIGA_ATTRIBUT.test(attrText) ? attribut(attrText) : INGA_ATTRIBUT;
    const tom = VOID.has(namn) || (sjalvstangd && (forald?.svg || namn === 'svg'));
    if (sjalvstangd && !tom) avbryt();
    let tagg = raw;
    if (avkoda(a.get('class') ?? '').split(/[\t\n\f\r ]+/).includes(UTANFOR_INDEX) && a.get('data-pagefind-ignore') !== '') {
      if (a.has('data-pagefind-ignore')) avbryt();
      tagg = `${raw.slice(0, raw.length - (sjalvstangd ? 2 : 1)).trimEnd()} data-pagefind-ignore=""${sjalvstangd ? '/' : ''}>`;
    }
    if (forald && BEHALLARE.has(forald.namn) && forald.blockFore && BLOCK.has(namn)) ut.push(' ');
    const dold = a.has('hidden');
    const nod: Nod = {
      namn,
      ejForkortning: (forald?.ejForkortning ?? false) || INTE_FORKORTNING.has(namn) || dold,
      ejSprak: (forald?.ejSprak ?? false) || INTE_SPRAK.has(namn) || (a.has('lang') && avkoda(a.get('lang')!) !== 'sv'),
      ejText: (forald?.ejText ?? false) || EJ_TEXT.has(namn) || dold || (namn === 'dialog' && !a.has('open')),
      formaterad: (forald?.formaterad ?? false) || FORMATERAD.has(namn),
      svg: (forald?.svg ?? false) || namn === 'svg',
      mall: namn === 'template',
      blockFore: false,
    };
    if (!forald) synonymer = forkorta && a.has('data-pagefind-body');
    if (RADBRYT.has(namn) && !nod.ejText) sidtext.push('\n');
    ut.push(tagg);
    if (tom) {
      if (forald) forald.blockFore = BLOCK.has(namn);
      return;
    }
    stack.push(nod);
  }

  /** Gives up where HTML's tree construction would not nest this start tag as written. */
  function kontrolleraNastling(namn: string, forald: Nod): void {
    if (forald.svg) {
      if (BRYTER_SVG.has(namn)) avbryt();
      return;
    }
    const oppna = (n: string) => stack.some((x) => x.namn === n);
    // In a <select> only options and their groups are elements; an option holds only text.
    if (forald.namn === 'option' || ((forald.namn === 'select' || forald.namn === 'optgroup') && !['option', 'optgroup', 'script'].includes(namn))) avbryt();
    if ((namn === 'optgroup' && forald.namn !== 'select') || (namn === 'select' && oppna('select'))) avbryt();
    if (STANGER_P.has(namn) && oppna('p')) avbryt();
    if (RUBRIK.has(namn) && RUBRIK.has(forald.namn)) avbryt();
    if ((namn === 'a' && oppna('a')) || (namn === 'button' && oppna('button')) || (namn === 'form' && oppna('form'))) avbryt();
    if (namn === 'li' && iListpunkt(['li'])) avbryt();
    if ((namn === 'dd' || namn === 'dt') && iListpunkt(['dd', 'dt'])) avbryt();
    if (I_TABELL[forald.namn] && !I_TABELL[forald.namn]!.has(namn)) avbryt();
    if ((namn === 'td' || namn === 'th') && forald.namn !== 'tr') avbryt();
    if (namn === 'tr' && !['thead', 'tbody', 'tfoot'].includes(forald.namn)) avbryt();
    if (['thead', 'tbody', 'tfoot', 'caption', 'colgroup'].includes(namn) && forald.namn !== 'table') avbryt();
    if (namn === 'col' && forald.namn !== 'colgroup') avbryt();
  }

  /** Whether a start tag of a list item would close an open one (HTML's "close the item" steps). */
  function iListpunkt(namn: string[]): boolean {
    for (let k = stack.length - 1; k >= 0; k--) {
      const n = stack[k]!.namn;
      if (namn.includes(n)) return true;
      if (SARSKILDA.has(n)) return false;
    }
    return false;
  }

  function textnod(raw: string): void {
    const nod = stack.at(-1);
    if (!nod) avbryt();
    if (nod!.mall) return void ut.push(raw);
    const varde = avkoda(raw);
    if (TABELLDEL.has(nod!.namn) && /[^\t\n\f\r ]/.test(varde)) avbryt();
    nod!.blockFore = false;
    if (!nod!.ejText) sidtext.push(nod!.formaterad ? varde : varde.replace(/[\t\n\f\r ]+/g, ' '));
    const delar: (string | Term)[] = [];
    const fork = forkorta && !nod!.ejForkortning && m.forkortning;
    if (fork) {
      fork.lastIndex = 0;
      let fran = 0;
      for (let traff = fork.exec(varde); traff; traff = fork.exec(varde)) {
        const t = m.forkortningar.get(traff[0])!;
        if (sedda.has(t.term)) {
          fork.lastIndex = traff.index + 1;
          continue;
        }
        sedda.add(t.term);
        if (traff.index > fran) delar.push(varde.slice(fran, traff.index));
        delar.push(t);
        fran = traff.index + traff[0].length;
      }
      if (fran < varde.length) delar.push(varde.slice(fran));
    } else delar.push(varde);
    const andras = delar.length > 1 || typeof delar[0] !== 'string' || (!nod!.ejSprak && m.utlandsk && (m.utlandsk.lastIndex = 0, m.utlandsk.test(varde)));
    if (!andras) return void ut.push(raw);
    for (const d of delar)
      ut.push(typeof d === 'string' ? medSprak(d, m, nod!.ejSprak) : `<a href="${attr(href(d))}" class="term"><abbr title="${attr(d.expansion)}">${medSprak(d.term, m, nod!.ejSprak)}</abbr></a>`);
  }
}
