// The one content reader outside Astro: reads an entry file and splits it into frontmatter and
// body, with line numbers, and walks a content folder. Validation, scripts, integrations and
// tests use it. API:
//   lasPost(fil)            → Post: the file read (BOM stripped, CRLF → LF) and split
//   delaPost(kalla)         → Post from a string already read
//   innehallsfiler(rot)     → every file below rot (dot files and README.md left out), as
//                             { fil (absolute), delar (path parts below rot), samling, id }
//   poster(rot, samling)    → the .md/.mdx entries of one collection folder, read
// A Post: { kalla, frontmatter?: { doc, lc, data, text }, body, forstaRad (line of the body's
// first line, 1-based) }; frontmatter is undefined when the file has no "---" block.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export { delaPost, filrad, type Frontmatter, type Post } from './dela.ts';
import { delaPost, type Post } from './dela.ts';


/** Reads and splits one entry file. */
export function lasPost(fil: string): Post {
  return delaPost(readFileSync(fil, 'utf8'));
}

export interface Innehallsfil {
  /** Absolute path. */
  fil: string;
  /** Path parts below the content root: ["organ", "x.mdx"]. */
  delar: string[];
  /** The first folder below the root (the collection, if the file is where it should be). */
  samling: string;
  /** The file name without .md/.mdx. */
  id: string;
}

const hoppaOver = (namn: string) => namn.startsWith('.') || /^readme\.md$/i.test(namn);

function allaFiler(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? allaFiler(p) : [p];
  });
}

/** Every content file below `rot`, sorted, dot files and README.md left out. */
export function innehallsfiler(rot: string): Innehallsfil[] {
  return allaFiler(rot)
    .sort()
    .flatMap((fil) => {
      const delar = relative(rot, fil).split(sep);
      const namn = delar.at(-1)!;
      if (hoppaOver(namn)) return [];
      return [{ fil, delar, samling: delar.length > 1 ? (delar[0] ?? '') : '', id: namn.replace(/\.mdx?$/, '') }];
    });
}

/** The .md/.mdx entries directly in one collection folder, read; none if the folder is missing. */
export function poster(rot: string, samling: string): (Innehallsfil & Post)[] {
  const dir = join(rot, samling);
  if (!existsSync(dir)) return [];
  return innehallsfiler(dir)
    .flatMap(({ fil, delar: [namn, ...under], id }) =>
      namn && !under.length && /\.mdx?$/.test(namn) ? [{ fil, id, delar: [samling, namn], samling, ...lasPost(fil) }] : [],
    );
}
