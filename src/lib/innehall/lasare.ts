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
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface Frontmatter {
  /** The YAML document (for errors and node positions); `lc` turns offsets into lines. */
  doc: Document.Parsed;
  lc: LineCounter;
  /** The document as plain data (undefined if it has errors). */
  data: unknown;
  /** The frontmatter text between the two "---" lines. */
  text: string;
}

export interface Post {
  /** The whole file, BOM stripped and line endings normalised to "\n". */
  kalla: string;
  frontmatter?: Frontmatter;
  body: string;
  /** Line number (1-based) in the file of the body's first line. */
  forstaRad: number;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n?---(?:\n|$)([\s\S]*)$/;

/** Line in the file (1-based) of a frontmatter line (1-based within the YAML). */
export const filrad = (yamlRad: number) => yamlRad + 1;

/** Splits an entry's text into frontmatter (parsed, with a line counter) and body. */
export function delaPost(text: string): Post {
  const kalla = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = FRONTMATTER.exec(kalla);
  if (!m) return { kalla, body: kalla, forstaRad: 1 };
  const [, yaml = '', body = ''] = m;
  const lc = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  const data = doc.errors.length ? undefined : doc.toJS();
  const forstaRad = kalla.slice(0, kalla.length - body.length).split('\n').length;
  return { kalla, frontmatter: { doc, lc, data, text: yaml }, body, forstaRad };
}

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
