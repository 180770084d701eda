// After the build, one pass over every built page: refuses repeated anchors, marks the first
// use of each abbreviation from the glossary, marks foreign terms with their language and adds
// search synonyms. The work is in src/integrations/forkortningar/; this file only wires it in.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import { skapaUrls } from '../lib/urls/karna.ts';
import { sidslag } from '../samlingar.ts';
import { dubblaIdFel } from './forkortningar/dubbla-id.ts';
import { markeraForkortningar, markeraSprak } from './forkortningar/markering.ts';
import { synonymer } from './forkortningar/synonymer.ts';
import { lasTermer, type Term } from './forkortningar/termer.ts';
import { innehallsfel } from '../lib/validering/problem.ts';

/** The first element with this tag name. */
function forsta(tree: Root, tagName: string): Element | undefined {
  let hittad: Element | undefined;
  visitParents(tree, 'element', (n: Element) => {
    if (n.tagName === tagName) hittad ??= n;
  });
  return hittad;
}

/**
 * One built page: abbreviations (not on the glossary itself: `forkorta` false), languages and
 * search synonyms. Returns the page unchanged when there is nothing to do.
 */
export function markera(html: string, termer: Term[], href: (t: Term) => string, forkorta = true): string {
  if (!termer.length || !html.includes('<main')) return html;
  const tree = fromHtml(html) as Root;
  const main = forsta(tree, 'main');
  const syn = forkorta && main && main.properties?.dataPagefindBody !== undefined ? synonymer(toText(main), termer) : [];
  if (main && forkorta) markeraForkortningar(main, termer, href);
  const body = forsta(tree, 'body');
  if (body) markeraSprak(body, termer);
  if (main && syn.length)
    main.children.push({ type: 'element', tagName: 'p', properties: { className: ['synonymer'], hidden: true, dataPagefindWeight: '0.5' }, children: [{ type: 'text', value: syn.join(' · ') }] });
  return toHtml(tree, { allowDangerousHtml: true });
}

function htmlFiler(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiler(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

export default function forkortningar(options: { innehall: string; bas: string; site: string }): AstroIntegration {
  return {
    name: 'forkortningar',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { url } = skapaUrls({ bas: options.bas, site: options.site, samlingar: sidslag() });
        const termer = lasTermer(options.innehall);
        const rot = fileURLToPath(dir);
        const filer = htmlFiler(rot);
        const fel = dubblaIdFel(filer.map((f) => ({ namn: relative(rot, f), html: readFileSync(f, 'utf8') })));
        if (fel) throw innehallsfel(fel);
        const ordlistan = join(rot, 'ordlista', 'index.html');
        for (const f of filer) {
          const fore = readFileSync(f, 'utf8');
          const efter = markera(fore, termer, (t) => url.entry('ordlista', t.id), f !== ordlistan);
          if (efter !== fore) writeFileSync(f, efter);
        }
        logger.info(`${termer.length} förkortningar markerade vid första användningen på ${filer.length} sidor`);
      },
    },
  };
}
