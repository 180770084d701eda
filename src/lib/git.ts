// The content's git history, read once per build (src/lib/historik/git.ts: one `git log` over
// content/ and one batched `git cat-file`): "Senast ändrad", the change history and the feed.
import { historikFor, lasHistoria, merAn, type Andringspost, type Historia, type Namnare } from './historik/index.ts';

let historia: Historia | undefined;

/** The build's history of content/, read on first use. */
export function contentHistoria(): Historia {
  historia ??= lasHistoria(process.cwd(), 'content');
  return historia;
}

/** The date of the last commit that changed the file, or undefined outside git. */
export function senastAndrad(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  return contentHistoria().filer.get(filePath)?.[0]?.datum;
}

/** The changes to an entry's file, newest first, capped; and whether there are more, or history is missing. */
export function andringarFor(filePath: string | undefined, namn?: Namnare): { poster: Andringspost[]; fler: boolean; ofullstandig: boolean } {
  const h = contentHistoria();
  if (!filePath) return { poster: [], fler: false, ofullstandig: h.ofullstandig };
  return { poster: historikFor(h, filePath, namn), fler: merAn(h, filePath), ofullstandig: h.ofullstandig };
}
