// Every change to an entry's file, newest first, with what changed field by field. Framework-free:
// the pages, the feed and the tests use it alike. Git is read once per build (see git.ts).
import { delaPost } from '../innehall/dela.ts';
import { lasHistoria, type Historia, type Version } from './git.ts';
import { skillnad, type Andring, type Namnare } from './skillnad.ts';

export type { Andring, Historia, Namnare };
export { lasHistoria, skillnad };

/** At most this many changes are shown per entry. */
export const TAK = 20;

export interface Andringspost {
  hash: string;
  datum: string;
  meddelande: string;
  /** The pull request the message names ("#12"), if any. */
  pr?: number;
  andringar: Andring[];
}

/** The number of the pull request a commit message names: "Merge pull request #12", "… (#12)". */
export function prNummer(meddelande: string): number | undefined {
  const m = /#(\d+)\b/.exec(meddelande);
  return m ? Number(m[1]) : undefined;
}

const las = (v: Version | undefined) => {
  if (!v?.text) return undefined;
  const p = delaPost(v.text);
  return { data: p.frontmatter?.data, body: p.body };
};

/**
 * The changes to one file, newest first, at most `tak`. When the history is incomplete (a shallow
 * clone) the oldest version known is not called the file's creation.
 */
export function historikFor(h: Historia, fil: string, namn?: Namnare, tak = TAK): Andringspost[] {
  const versioner = h.filer.get(fil) ?? [];
  const ut: Andringspost[] = [];
  for (let i = 0; i < Math.min(versioner.length, tak); i++) {
    const v = versioner[i]!;
    const fore = versioner[i + 1];
    if (!fore && h.ofullstandig) break;
    const andringar = skillnad(las(fore), las(v), namn);
    ut.push({ hash: v.hash, datum: v.datum, meddelande: v.meddelande, pr: prNummer(v.meddelande), andringar });
  }
  return ut;
}

/** Whether the file has more changes than are shown. */
export const merAn = (h: Historia, fil: string, tak = TAK) => (h.filer.get(fil)?.length ?? 0) > tak;
