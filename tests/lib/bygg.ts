// Builds a fixture corpus into its own folder (with Pagefind), for tests that need a site other
// than the real one; tests/lib/server.ts serves it.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';

// scripts/bench.ts and scripts/lighthouse.ts serve their builds with it from here.
export { serva } from './server.ts';

export interface Bygge {
  dir: string;
  content: string;
  dist: string;
}

/**
 * A temporary build folder inside the project (in the ignored .astro/): Astro puts its prerender
 * chunks in <project>/.astro/.prerender when the output folder lies outside the project, so two
 * fixture builds at once would overwrite each other's chunks.
 */
export function nyttBygge(content?: string): Bygge {
  const rot = join(ROOT, '.astro', 'byggen');
  mkdirSync(rot, { recursive: true });
  const dir = mkdtempSync(join(rot, 'bygge-'));
  return { dir, content: content ?? join(dir, 'content'), dist: join(dir, 'dist') };
}

/** Copies a fixture corpus to a temporary folder that a test may change before building. */
export function kopiera(fixtur: string): Bygge {
  const b = nyttBygge();
  cpSync(join(ROOT, 'tests', 'fixtures', fixtur), b.content, { recursive: true });
  return b;
}

/**
 * One fixture build at a time, across the test workers' processes. Astro writes the list of entry
 * modules to <project>/.astro/content-modules.mjs, whatever the content folder, and bundles from it
 * later: a build of another content folder in between gives the first build the other's list, and
 * an entry of its own then fails to render ("UnknownContentCollectionError … k-gammal"). The lock is
 * a folder (mkdir is atomic) holding the pid of its owner; a lock whose owner is gone is taken over.
 */
const LAS = join(ROOT, '.astro', 'byggen', 'las');

function forsokLasa(): boolean {
  mkdirSync(join(LAS, '..'), { recursive: true });
  try {
    mkdirSync(LAS);
    writeFileSync(join(LAS, 'pid'), String(process.pid));
    return true;
  } catch {
    let agare = NaN;
    try {
      agare = Number(readFileSync(join(LAS, 'pid'), 'utf8'));
    } catch {
      return false; // just made, its pid not yet written
    }
    try {
      process.kill(agare, 0);
    } catch {
      // Its owner ended without letting go; unless another process has just taken it over.
      try {
        if (Number(readFileSync(join(LAS, 'pid'), 'utf8')) === agare) rmSync(LAS, { recursive: true, force: true });
      } catch {
        /* already gone */
      }
    }
    return false;
  }
}
const slappLas = () => rmSync(LAS, { recursive: true, force: true });
const sov = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const byggmiljo = (b: Bygge, env: Record<string, string>) => ({ ...process.env, CONTENT_DIR: b.content, OUT_DIR: b.dist, CACHE_DIR: join(b.dir, 'cache'), ...env });

/** `npm run build` on the copy; returns the output, or throws with it. */
export function bygg(b: Bygge, env: Record<string, string> = {}): string {
  while (!forsokLasa()) sov(200);
  try {
    return execFileSync('npm', ['run', '-s', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: byggmiljo(b, env),
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    slappLas();
  }
}

/** Like bygg(), without blocking the caller while it waits for its turn and builds. */
export async function byggSamtidigt(b: Bygge, env: Record<string, string> = {}): Promise<string> {
  while (!forsokLasa()) await new Promise((klar) => setTimeout(klar, 200));
  try {
    return await new Promise((ok, fel) => {
      execFile('npm', ['run', '-s', 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: byggmiljo(b, env),
        maxBuffer: 64 * 1024 * 1024,
      }, (e, ut, err) => (e ? fel(new Error(`bygget av ${b.content} misslyckades:\n${ut}${err}`)) : ok(ut)));
    });
  } finally {
    slappLas();
  }
}

/**
 * The fixture corpus tests/fixtures/mini, built by the behaviour tier's setup into fixed folders
 * (at the root and below /cancerrad/) that the test server serves.
 */
export const FIXTUR = {
  content: join(ROOT, 'tests', 'fixtures', 'mini'),
  rot: { dir: join(ROOT, '.astro', 'byggen', 'fixtur'), dist: join(ROOT, '.astro', 'byggen', 'fixtur', 'dist') },
  bas: { dir: join(ROOT, '.astro', 'byggen', 'fixtur-bas'), dist: join(ROOT, '.astro', 'byggen', 'fixtur-bas', 'dist') },
  BAS: '/cancerrad/',
  SITE: 'https://cancerrad.example.se',
};

/** A fixed build folder, emptied first. */
export function fastBygge(dir: string, content: string): Bygge {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { dir, content, dist: join(dir, 'dist') };
}
