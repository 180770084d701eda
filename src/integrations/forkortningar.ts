// After the build, marks the first use of each abbreviation from the glossary on every page:
// <a href="/ordlista/#id-rcc"><abbr title="Regionalt cancercentrum">RCC</abbr></a>. One pass over
// the built HTML covers prose and structured facts alike, driven by content/ordlista.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { Element, ElementContent, Root, Text } from 'hast';
import { parse } from 'yaml';
import { toText } from 'hast-util-to-text';

export interface Term {
  id: string;
  term: string;
  expansion: string;
  varianter: string[];
  /** The language of a foreign term ("en" for best practice), marked wherever it stands. */
  sprak?: string;
}

/** Abbreviations (upper-case terms) from the glossary folder, longest first. */
export function lasTermer(dir: string): Term[] {
  let filer: string[] = [];
  try {
    filer = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
  } catch {
    return [];
  }
  return filer
    .map((f) => {
      const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'));
      const d = m ? parse(m[1]) : {};
      return { id: f.replace(/\.mdx?$/, ''), term: String(d?.term ?? ''), expansion: String(d?.expansion ?? ''), varianter: (d?.varianter ?? []).map(String), sprak: d?.sprak ? String(d.sprak) : undefined };
    })
    .filter((t) => t.term && t.expansion)
    .sort((a, b) => b.term.length - a.term.length);
}

/** Upper-case abbreviations, which are marked in the text. */
export const arForkortning = (t: Term) => /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]+$/.test(t.term);

/**
 * Search synonyms for one page: where an abbreviation stands, its expansion; where the expansion
 * (or a variant) stands, the abbreviation. Pagefind indexes them; readers never see them.
 */
export function synonymer(text: string, termer: Term[]): string[] {
  const lag = text.toLocaleLowerCase('sv');
  const ut = new Set<string>();
  const finns = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(s.toLocaleLowerCase('sv'))}(?![\\p{L}\\p{N}])`, 'u').test(lag);
  for (const t of termer) {
    if (finns(t.term)) ut.add(t.expansion);
    if (finns(t.expansion) || t.varianter.some(finns)) ut.add(t.term);
  }
  return [...ut];
}

const HOPPA_OVER = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'h1', 'title', 'nav', 'button', 'label', 'textarea', 'option', 'dt', 'svg']);
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the first use of each abbreviation inside <main> of one HTML document (not on the glossary
 * itself: `forkorta` false), adds search synonyms, and marks foreign terms with their language.
 */
export function markera(html: string, termer: Term[], ordlistaUrl: string, forkorta = true): string {
  if (!termer.length || !html.includes('<main')) return html;
  const tree = fromHtml(html) as Root;
  let main: Element | undefined;
  visitParents(tree, 'element', (n) => {
    if ((n as Element).tagName === 'main') main = n as Element;
  });
  const syn = forkorta && main && main.properties?.dataPagefindBody !== undefined ? synonymer(toText(main), termer) : [];
  const allaTermer = termer;
  termer = forkorta ? termer.filter(arForkortning) : [];
  const monster = new RegExp(`(?<![\\p{L}\\p{N}])(${termer.map((t) => esc(t.term)).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const perTerm = new Map(termer.map((t) => [t.term, t]));
  const sedda = new Set<string>();
  if (termer.length)
    ersattITexten(tree, 'main', (el) => HOPPA_OVER.has(el.tagName) || el.properties?.hidden !== undefined, monster, (traff) => {
      const t = perTerm.get(traff)!;
      if (sedda.has(t.term)) return null;
      sedda.add(t.term);
      return {
        type: 'element',
        tagName: 'a',
        properties: { href: `${ordlistaUrl}#id-${t.id}`, className: ['term'] },
        children: [{ type: 'element', tagName: 'abbr', properties: { title: t.expansion }, children: [{ type: 'text', value: traff }] }],
      };
    });
  markeraSprak(tree, allaTermer);
  if (main && syn.length)
    main.children.push({ type: 'element', tagName: 'p', properties: { className: ['synonymer'], hidden: true, dataPagefindWeight: '0.5' }, children: [{ type: 'text', value: syn.join(' · ') }] });
  return toHtml(tree, { allowDangerousHtml: true });
}

/** Ids that occur more than once in one HTML document (a body heading named like a page part). */
export function dubblaId(html: string): string[] {
  const sedda = new Set<string>();
  const dubbla = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) (sedda.has(m[1]) ? dubbla : sedda).add(m[1]);
  return [...dubbla];
}

const INTE_SPRAK = new Set(['script', 'style', 'title', 'code', 'pre', 'textarea', 'option', 'svg']);

/**
 * WCAG 3.1.2: every foreign term from the glossary (those with `sprak`) gets lang="…" wherever it
 * stands in the body, headings and links included, so that screen readers pronounce it right.
 */
export function markeraSprak(tree: Root, termer: Term[]): void {
  const utlandska = termer.filter((t) => t.sprak);
  if (!utlandska.length) return;
  const former = new Map(utlandska.flatMap((t) => [t.term, ...t.varianter].map((f) => [f.toLocaleLowerCase('sv'), t.sprak!] as const)));
  const monster = new RegExp(`(?<![\\p{L}\\p{N}])(${[...former.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  ersattITexten(
    tree,
    'body',
    (el) => INTE_SPRAK.has(el.tagName) || (el.properties?.lang !== undefined && el.properties.lang !== 'sv'),
    monster,
    (traff) => ({ type: 'element', tagName: 'span', properties: { lang: former.get(traff.toLocaleLowerCase('sv'))! }, children: [{ type: 'text', value: traff }] }),
  );
}

/**
 * In the text under the element `inom`, outside elements that `hoppa` skips, replaces each match
 * of `monster` by what `ersatt` makes of it; where `ersatt` gives null, the match stays as text.
 */
function ersattITexten(tree: Root, inom: string, hoppa: (el: Element) => boolean, monster: RegExp, ersatt: (traff: string) => ElementContent | null): void {
  visitParents(tree, (node, anfader) => {
    if (node.type === 'element') return hoppa(node as Element) ? SKIP : undefined;
    if (node.type !== 'text' || !anfader.some((a) => a.type === 'element' && (a as Element).tagName === inom)) return;
    const text = node as Text;
    const forelder = anfader[anfader.length - 1] as Element;
    const delar: ElementContent[] = [];
    let rest = text.value;
    let andrad = false;
    let m: RegExpExecArray | null;
    while ((m = monster.exec(rest))) {
      const slut = m.index + m[1].length;
      const ny = ersatt(m[1]);
      if (ny) {
        andrad = true;
        if (m.index > 0) delar.push({ type: 'text', value: rest.slice(0, m.index) });
        delar.push(ny);
      } else delar.push({ type: 'text', value: rest.slice(0, slut) });
      rest = rest.slice(slut);
    }
    if (!andrad) return;
    if (rest) delar.push({ type: 'text', value: rest });
    const i = forelder.children.indexOf(text);
    forelder.children.splice(i, 1, ...delar);
    return [SKIP, i + delar.length];
  });
}

function htmlFiler(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiler(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

export default function forkortningar(options: { innehall: string; bas: string; site?: string }): AstroIntegration {
  return {
    name: 'forkortningar',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const termer = lasTermer(resolve(options.innehall, 'ordlista'));
        const ordlista = `${options.bas.replace(/\/?$/, '/')}ordlista/`;
        const rot = fileURLToPath(dir);
        const filer = htmlFiler(rot);
        const dubbletter = filer.flatMap((f) => dubblaId(readFileSync(f, 'utf8')).map((id) => `  ${relative(rot, f)}: id="${id}" finns flera gånger`));
        if (dubbletter.length)
          throw new Error(
            `Samma ankare (id) förekommer två gånger på en sida. Oftast har en rubrik i texten samma namn som en del av sidan; byt rubrikens ordalydelse.\n${dubbletter.join('\n')}`,
          );
        for (const f of filer) {
          const fore = readFileSync(f, 'utf8');
          const efter = markera(fore, termer, ordlista, !f.endsWith(join('ordlista', 'index.html')));
          if (efter !== fore) writeFileSync(f, efter);
        }
        logger.info(`${termer.length} förkortningar markerade vid första användningen på ${filer.length} sidor`);
      },
    },
  };
}
