// Reads the content's git history once: one `git log` over content/ for the commits that touched
// each file, then one `git cat-file --batch` for the file at each of those commits (capped per file).
import { execFileSync } from 'node:child_process';

export interface Incheckning {
  hash: string;
  /** Commit date, YYYY-MM-DD. */
  datum: string;
  /** First line of the commit message. */
  meddelande: string;
}

export interface Version extends Incheckning {
  /** The file's text at this commit; undefined when the commit removed the file. */
  text: string | undefined;
}

export interface Historia {
  /** Each file's versions, newest first, at most `tak` + 1 (the one before the oldest shown). */
  filer: Map<string, Version[]>;
  /** The checkout is shallow (or not a git checkout): history is missing or incomplete. */
  ofullstandig: boolean;
}

const git = (cwd: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 1024 * 1024 * 1024, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] });

/** Parses `git cat-file --batch` output: "<sha> blob <size>\n<content>\n" or "<name> missing\n". */
function lasBatch(ut: Buffer, antal: number): (string | undefined)[] {
  const svar: (string | undefined)[] = [];
  let i = 0;
  while (svar.length < antal && i < ut.length) {
    const slut = ut.indexOf(10, i);
    const huvud = ut.subarray(i, slut).toString('utf8');
    i = slut + 1;
    const m = / (\w+) (\d+)$/.exec(huvud);
    if (!m || huvud.endsWith(' missing')) {
      svar.push(undefined);
      continue;
    }
    const storlek = Number(m[2]);
    svar.push(ut.subarray(i, i + storlek).toString('utf8'));
    i += storlek + 1;
  }
  return svar;
}

/**
 * The history of every file under `mapp` in the repository at `cwd`, newest first, at most `tak`
 * changes per file (plus the version before them, to compare with). Outside git: empty, incomplete.
 */
export function lasHistoria(cwd: string, mapp = 'content', tak = 20): Historia {
  const filer = new Map<string, Version[]>();
  let ofullstandig = false;
  try {
    ofullstandig = git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const ut = git(cwd, ['log', '--no-renames', '--format=%x1e%H%x1f%cs%x1f%s', '--name-status', '--', mapp]);
    const onskade: { fil: string; v: Version; status: string }[] = [];
    for (const block of ut.split('\x1e')) {
      if (!block.trim()) continue;
      const [huvud = '', ...rader] = block.split('\n');
      const [hash = '', datum = '', meddelande = ''] = huvud.split('\x1f');
      for (const rad of rader) {
        const [status = '', fil] = rad.split('\t');
        if (!fil) continue;
        const lista = filer.get(fil) ?? [];
        if (lista.length > tak) continue;
        const v: Version = { hash, datum, meddelande, text: undefined };
        lista.push(v);
        filer.set(fil, lista);
        if (!status.startsWith('D')) onskade.push({ fil, v, status });
      }
    }
    if (onskade.length) {
      const svar = lasBatch(
        execFileSync('git', ['cat-file', '--batch'], { cwd, input: onskade.map((o) => `${o.v.hash}:${o.fil}`).join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] }),
        onskade.length,
      );
      onskade.forEach((o, i) => (o.v.text = svar[i]));
    }
  } catch {
    // not a git checkout (e.g. a downloaded archive): no history
    return { filer: new Map(), ofullstandig: true };
  }
  return { filer, ofullstandig };
}
