// Splits an entry's text into frontmatter (parsed, with line numbers) and body. No file access, so
// the editing form in the browser (src/lib/cms/bevarande.ts) reads entries the same way as the build.
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
