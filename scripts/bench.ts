// `npm run bench`: builds the real site and synthetic sites of 100, 1 000 and 5 000 bodies and
// prints build time, peak memory, output and search-index size, time per page, and what the first
// search costs in headless Chromium (bytes fetched, time to first results).
// Usage: npm run bench [-- 100 1000]   (default: the real site, 100, 1000, 5000)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { generera } from './syntetiskt.ts';
import { serva } from '../tests/lib/bygg.ts';

const storlekar = process.argv.slice(2).map(Number).filter((n) => n >= 0);
const fall = storlekar.length ? storlekar : [0, 100, 1000, 5000];

function storlek(dir: string): number {
  return readdirSync(dir).reduce((s, n) => {
    const p = join(dir, n);
    const st = statSync(p);
    return s + (st.isDirectory() ? storlek(p) : st.size);
  }, 0);
}
const antalSidor = (dir: string): number =>
  readdirSync(dir).reduce((s, n) => {
    const p = join(dir, n);
    return s + (statSync(p).isDirectory() ? (n === 'pagefind' ? 0 : antalSidor(p)) : n.endsWith('.html') ? 1 : 0);
  }, 0);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** Runs a command under /usr/bin/time -v; returns seconds and peak RSS in bytes. */
function matt(cmd: string[], env: Record<string, string>): { s: number; rss: number } {
  const ut = join(tmpdir(), `tid-${process.pid}.txt`);
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', '-o', ut, ...cmd], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const s = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} misslyckades:\n${r.stderr.slice(-3000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(ut, 'utf8'))?.[1] ?? 0) * 1024;
  return { s, rss };
}

async function sokning(dist: string, fraga: string) {
  const { url, server } = await serva(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/sok/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    const start = performance.now();
    await page.fill('#sok-q', fraga);
    await page.locator('#soktraffar > li').first().waitFor({ timeout: 30_000 });
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    return { ms, bytes };
  } finally {
    await browser.close();
    server.close();
  }
}

if (!existsSync('/usr/bin/time')) {
  console.error('Benchmarken behöver /usr/bin/time (Debian-paketet time): apt-get install time');
  process.exit(1);
}
const rader: string[] = [];
for (const n of fall) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const content = n === 0 ? resolve('content') : join(dir, 'content');
    if (n > 0) generera(n, content);
    // The same heap limit as `npm run build`: it makes the garbage collector keep memory down.
    const env = { CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: process.env.NODE_OPTIONS ?? '--max-old-space-size=1024' };
    const bygge = matt(['npx', 'astro', 'build', '--silent'], env);
    const pf = matt(['npx', 'pagefind', '--site', env.OUT_DIR, '--silent'], env);
    const sidor = antalSidor(env.OUT_DIR);
    const index = storlek(join(env.OUT_DIR, 'pagefind'));
    const total = storlek(env.OUT_DIR);
    const s = await sokning(env.OUT_DIR, n === 0 ? 'cancerråd' : 'syntetiskt råd');
    const namn = n === 0 ? 'verklig webbplats' : `${n} syntetiska organ`;
    const rad = `| ${namn} | ${sidor} | ${bygge.s.toFixed(1)} s | ${mb(bygge.rss)} | ${((bygge.s * 1000) / sidor).toFixed(1)} ms | ${pf.s.toFixed(1)} s | ${mb(total)} | ${mb(index)} | ${(s.bytes / 1024).toFixed(0)} kB | ${s.ms.toFixed(0)} ms |`;
    rader.push(rad);
    console.error(rad);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('| innehåll | sidor | astro build | högsta minne (RSS) | tid per sida | pagefind | dist | sökindex | första sökningen hämtar | tid till första träff |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rader) console.log(r);
console.log(`\n${execFileSync('nproc', { encoding: 'utf8' }).trim()} kärnor; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`);
