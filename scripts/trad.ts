// Whether two HTML documents are the same page for a browser: their hast trees (parsed as a browser
// parses them) are equal, whatever the bytes (attribute quoting, character references, doctype
// case). Used by `npm run distdiff -- --trad`, scripts/bench/stromtest.ts and the unit tests.
import { fromHtml } from 'hast-util-from-html';
import { isDeepStrictEqual } from 'node:util';

/** A tree without its source positions. */
export const utanPlats = (n: unknown): unknown =>
  Array.isArray(n) ? n.map(utanPlats) : n && typeof n === 'object' ? Object.fromEntries(Object.entries(n).filter(([k]) => k !== 'position').map(([k, v]) => [k, utanPlats(v)])) : n;

/** The document's tree, to compare with assert.deepEqual. */
export const tradFor = (html: string): unknown => utanPlats(fromHtml(html));

export const sammaTrad = (a: string, b: string): boolean => isDeepStrictEqual(tradFor(a), tradFor(b));
