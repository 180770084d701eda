// "Senast ändrad" for each content file, from git history: one `git log` per build, not per page.
import { execFileSync } from 'node:child_process';

let karta: Map<string, string> | undefined;

function las(): Map<string, string> {
  const m = new Map<string, string>();
  try {
    const ut = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', 'content'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    let datum = '';
    for (const rad of ut.split('\n')) {
      if (rad.startsWith('@')) datum = rad.slice(1);
      else if (rad && !m.has(rad)) m.set(rad, datum);
    }
  } catch {
    // not a git checkout (e.g. a downloaded archive): no dates, nothing else changes
  }
  return m;
}

/** The date of the last commit that changed the file, or undefined outside git. */
export function senastAndrad(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  karta ??= las();
  return karta.get(filePath);
}
