// Builds a fixture corpus into its own folder (with Pagefind), for tests that need a site other
// than the real one; tests/lib/server.ts serves it.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/** `npm run build` on the copy; returns the output, or throws with it. */
export function bygg(b: Bygge, env: Record<string, string> = {}): string {
  return execFileSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: b.content, OUT_DIR: b.dist, CACHE_DIR: join(b.dir, 'cache'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Like bygg(), without blocking: several fixture builds can run side by side. */
export function byggSamtidigt(b: Bygge, env: Record<string, string> = {}): Promise<string> {
  return new Promise((ok, fel) => {
    execFile('npm', ['run', '-s', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: b.content, OUT_DIR: b.dist, CACHE_DIR: join(b.dir, 'cache'), ...env },
      maxBuffer: 64 * 1024 * 1024,
    }, (e, ut, err) => (e ? fel(new Error(`bygget av ${b.content} misslyckades:\n${ut}${err}`)) : ok(ut)));
  });
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
