// The site paths that exist, for checking links in content: the routes in src/pages/ that take
// no parameter, a page per entry of every collection that has its own pages (the registry), and
// the files in public/ (an image an editor puts there, say).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAMLINGAR, type Register } from '../../samlingar.ts';

const SIDMAPP = join(import.meta.dirname, '..', '..', 'pages');
const PUBLIK = join(import.meta.dirname, '..', '..', '..', 'public');

/** Routes without a parameter under `dir`, as site paths ("/om/", "/andringar.xml"). */
export function fastaSidor(dir = SIDMAPP, bas = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.includes('[')) return [];
    if (e.isDirectory()) return fastaSidor(join(dir, e.name), `${bas}${e.name}/`);
    const m = /^(.+)\.(astro|ts)$/.exec(e.name);
    if (!m || m[1] === '404') return [];
    return [m[1] === 'index' ? bas : m[2] === 'ts' ? `${bas}${m[1]}` : `${bas}${m[1]}/`];
  });
}

/** The files under `dir` (public/), as site paths ("/favicon.svg"). */
export function publikaFiler(dir = PUBLIK, bas = '/'): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? publikaFiler(join(dir, e.name), `${bas}${e.name}/`) : [`${bas}${e.name}`]));
}

/** Every page that exists, given the entries found (collection → ids). */
export function befintligaSidor(ider: ReadonlyMap<string, ReadonlySet<string>>, register: Register = SAMLINGAR, dir = SIDMAPP, publik = PUBLIK): Set<string> {
  const sidor = new Set([...fastaSidor(dir), ...publikaFiler(publik)]);
  for (const [samling, id] of ider)
    if (register[samling]?.sida === 'egen') for (const i of id) sidor.add(`/${samling}/${i}/`);
  return sidor;
}
