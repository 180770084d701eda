// The content's git history, read once per build (src/lib/historik/git.ts: one `git log` over
// content/ and one batched `git cat-file`): "Senast ändrad", the change history and the feed.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { historikFor, lasHistoria, merAn, type Andringspost, type Historia, type Namnare } from './historik/index.ts';

/** The content folder (CONTENT_DIR in test builds), and the root of the repository that holds it. */
const MAPP = resolve(process.env.CONTENT_DIR ?? 'content');
let rot: string | undefined;
let historia: Historia | undefined;

function forradetsRot(): string {
  if (rot) return rot;
  try {
    rot = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: MAPP, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    rot = process.cwd();
  }
  return rot;
}

/** The build's history of the content folder, read on first use, from the repository that holds it. */
export function contentHistoria(): Historia {
  historia ??= existsSync(MAPP) ? lasHistoria(MAPP, '.') : { filer: new Map(), ofullstandig: true };
  return historia;
}

/** An entry's file as git names it: relative to the repository's root. */
const gitsNamn = (filePath: string) => {
  const abs = resolve(filePath);
  return relative(realpathSync(forradetsRot()), existsSync(abs) ? realpathSync(abs) : abs);
};

/** The date of the last commit that changed the file, or undefined outside git. */
export function senastAndrad(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  return contentHistoria().filer.get(gitsNamn(filePath))?.[0]?.datum;
}

/** The changes to an entry's file, newest first, capped; and whether there are more, or history is missing. */
export function andringarFor(filePath: string | undefined, namn?: Namnare): { poster: Andringspost[]; fler: boolean; ofullstandig: boolean } {
  const h = contentHistoria();
  if (!filePath) return { poster: [], fler: false, ofullstandig: h.ofullstandig };
  const fil = gitsNamn(filePath);
  return { poster: historikFor(h, fil, namn), fler: merAn(h, fil), ofullstandig: h.ofullstandig };
}
