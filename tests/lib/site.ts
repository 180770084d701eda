// Reads the built site (dist/) and the real content/ for tests: pages, links, ids, frontmatter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { poster as lasPoster } from '../../src/lib/innehall/lasare.ts';
import { SAMLINGAR, SAMLINGSNAMN } from '../../src/samlingar.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const CONTENT = join(ROOT, process.env.CONTENT_DIR ?? 'content');

/** Every file of a build (absolute paths), Pagefind's own folder left out. The only walker of dist/
 *  in the tests; content/ is read with src/lib/innehall/lasare.ts. */
export function byggfiler(dist = DIST): string[] {
  return readdirSync(dist, { withFileTypes: true }).flatMap((e) => {
    const p = join(dist, e.name);
    if (!e.isDirectory()) return [p];
    return e.name === 'pagefind' ? [] : byggfiler(p);
  });
}

/** Every built HTML page as a URL path ("/organ/x/"), excluding Pagefind's own files. */
export function sidor(dist = DIST): string[] {
  return byggfiler(dist)
    .filter((f) => f.endsWith('.html'))
    // The editing form is a tool for editors, not a public page: it has its own tests and CSP.
    .filter((f) => !f.startsWith(join(dist, 'admin') + sep))
    // Old addresses of renamed entries only send the reader on (tests/e2e/innehall/flyttade.spec.ts).
    .filter((f) => !readFileSync(f, 'utf8').includes('http-equiv="refresh"'))
    .map((f) => '/' + relative(dist, f).split(sep).join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

export function html(path: string, dist = DIST): string {
  const f = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(f, 'utf8');
}

export function finnsIDist(path: string): boolean {
  const [utanFragment = ''] = path.split('#');
  const [utanFraga = ''] = utanFragment.split('?');
  const clean = decodeURIComponent(utanFraga);
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean));
}

export type Post = { id: string; data: Record<string, any>; body: string; fil: string };

/** The entries of one collection in content/ (or another corpus), read by the content reader. */
export function poster(samling: string, korpus = CONTENT): Post[] {
  return lasPoster(korpus, samling).map((p) => ({
    id: p.id,
    data: (p.frontmatter?.data ?? {}) as Record<string, any>,
    body: p.body,
    fil: p.delar.join('/'),
  }));
}

/** The collections whose entries have pages of their own, from the registry. */
export const SAMLINGAR_MED_SIDOR = SAMLINGSNAMN.filter((s) => SAMLINGAR[s].sida === 'egen');

/** Text content of an HTML string as a reader sees it: whitespace folded, entities for & < > " decoded. */
export function text(h: string): string {
  return h
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    // Inline elements do not break words ("<span lang=en>best practice</span>." reads as one).
    .replace(/<\/?(a|abbr|span|em|strong|b|i|code|time|mark|small|sub|sup|q|cite|dfn|kbd|var|data)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

/** The href values of all <a> elements in an HTML string. */
export function lankar(h: string): string[] {
  return [...h.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map(([, href = '']) => href.replace(/&amp;/g, '&'));
}

/** The ids defined in an HTML string. */
export function ider(h: string): Set<string> {
  return new Set([...h.matchAll(/\bid="([^"]*)"/g)].map(([, id = '']) => id));
}

/** The main element's HTML. */
export function huvud(h: string): string {
  const m = /<main\b[\s\S]*<\/main>/.exec(h);
  return m ? m[0] : '';
}

/** The address of every entry of the given collections, as the site links them. */
export function alla(samlingar: string[]): string[] {
  return samlingar.flatMap((s) =>
    poster(s).map((p) => ((SAMLINGAR_MED_SIDOR as readonly string[]).includes(s) ? `/${s}/${p.id}/` : `/${s}/#id-${p.id}`)),
  );
}
