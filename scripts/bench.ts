// `npm run bench`: the project's build next to plain Astro's, in the same run (issue 17).
// For each N it copies the project's own bodies (content/organ) to N bodies alongside the rest of
// content/ (scripts/syntetiskt.ts), builds the project as `npm run build` does (astro build, which
// runs the content check itself, then Pagefind, each its own process), then builds the plain
// Astro 7 + MDX + Pagefind site in scripts/bench/plain/ on the same N bodies as N MDX pages (same
// frontmatter, same text), and prints both with the ratio per page, seconds and peak RSS per phase.
//
// The phases inside `astro build` come from its log lines, stamped as they arrive:
//   kontroll start of the process until the content check's "Innehållet är i ordning" (Node, the
//            config, and the project's validation in astro:config:setup); plain Astro has none
//   start   until "[content] Syncing content" (the rest of the config, Vite's dependency scan)
//   sync    until "Building static entrypoints" (content layer: loading, parsing, storing; types)
//   bundle  until "generating static routes" (Vite/Rolldown builds the entry modules)
//   routes  until the next "✓ Completed in" (rendering the pages)
//   efter   until the process ends (astro:build:done hooks: the project's abbreviation pass, sitemap)
// Peak RSS: per process from /usr/bin/time -v; per phase by sampling the process tree's largest
// process every 100 ms. CPU time (user + system) per phase from the same samples: on a shared
// machine it moves less than wall time, so the table gives the ratio on both.
//
// Usage: npm run bench [-- 100 1000 5000] [--unified] [--upprepa R] [--syntetiskt] [--profil] [--utan-sok]
//   --unified     also build the plain site with the unified (remark) pipeline, as the project does
//   --upprepa R   build each N R times (project and plain alternating) and keep the fastest build of each kind
//   --syntetiskt  the older made-up corpus (scripts/syntetiskt.ts generera) instead of copies
//   --profil      CPU-profile the project's astro build (node --cpu-prof) and print, per phase,
//                 where its main thread spends the time; the profile is kept in .astro/bench-profil/
//   --utan-sok    skip the first search in headless Chromium (measured on the project's output
//                 when /usr/bin/chromium or CHROMIUM_PATH exists)
//
// The parts: scripts/bench/matning.ts (processes, samples, phases), scripts/bench/sokning.ts (the
// first search), scripts/bench/tabell.ts (the tables), scripts/bench/profil.ts (CPU profiles).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generera, kopiera } from './syntetiskt.ts';
import { astroFaser, FASER, fonster, hel, kor, type Fas, type Korning, type Matning } from './bench/matning.ts';
import { sammanfatta, type Profil } from './bench/profil.ts';
import { forstaSokningen } from './bench/sokning.ts';
import { mb, skrivTabeller, type Plats, type Resultat } from './bench/tabell.ts';

const ROT = resolve(import.meta.dirname, '..');
const VANLIG = join(ROT, 'scripts', 'bench', 'plain');
const arg = process.argv.slice(2);
const flagga = (f: string) => arg.includes(f);
const upprepaI = arg.indexOf('--upprepa');
const upprepa = upprepaI >= 0 ? Math.max(1, Number(arg[upprepaI + 1])) : 1;
const storlekar = arg.filter((a, i) => /^\d+$/.test(a) && (upprepaI < 0 || i !== upprepaI + 1)).map(Number);
const fall = storlekar.length ? storlekar : [100, 1000, 5000];

if (!existsSync('/usr/bin/time')) {
  console.error('Benchmarken behöver /usr/bin/time (Debian-paketet time): apt-get install time');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Output: pages, sizes; how the project's scripts run.

const filerUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filerUnder(p) : [p];
  });
const antalSidor = (dist: string) => filerUnder(dist).filter((f) => f.endsWith('.html') && !f.includes(`${join(dist, 'pagefind')}/`)).length;
const storlek = (dir: string) => filerUnder(dir).reduce((s, f) => s + statSync(f).size, 0);

/**
 * The environment `npm run build` gives astro build, read from package.json (it may change): the
 * `NAME=${NAME:-value}` settings before `astro build` (the heap limit, the bundler's allocator), each
 * with its default unless this process has the variable itself.
 */
function byggetsMiljo(skript: string = JSON.parse(readFileSync(join(ROT, 'package.json'), 'utf8')).scripts?.build ?? ''): Record<string, string> {
  const fore = skript.split(/\bastro build\b/)[0] ?? '';
  return Object.fromEntries([...fore.matchAll(/\b([A-Z_][A-Z0-9_]*)=\$\{\1:-([^}]*)\}/g)].map(([, namn, varde]) => [namn!, process.env[namn!] ?? varde!]));
}

// ---------------------------------------------------------------------------------------------
// One N.


const summa = (m: Matning) => FASER.reduce((s, f) => s + (m[f]?.s ?? 0), 0);
const cpuSumma = (m: Matning) => FASER.reduce((s, f) => s + (m[f]?.cpu ?? 0), 0);

async function projektet(content: string, dir: string): Promise<Plats> {
  const out = join(dir, 'dist-projekt');
  rmSync(out, { recursive: true, force: true });
  const env: Record<string, string> = { CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: join(dir, 'cache-projekt'), ASTRO_TELEMETRY_DISABLED: '1' };
  const miljo = byggetsMiljo();
  const faser: Matning = {};
  // A cold build: no content cache and no validation cache from an earlier N.
  rmSync(env.CACHE_DIR!, { recursive: true, force: true });
  const profil = join(ROT, '.astro', 'bench-profil');
  if (flagga('--profil')) rmSync(profil, { recursive: true, force: true });
  const astro = flagga('--profil') ? ['node', '--cpu-prof', `--cpu-prof-dir=${profil}`, '--cpu-prof-interval', '2000', join(ROT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'] : ['astro', 'build'];
  const bygge = await kor(astro, { ...env, ...miljo }, ROT);
  Object.assign(faser, astroFaser(bygge));
  if (flagga('--profil')) skrivProfil(bygge, profil);
  const pf = await kor(['pagefind', '--site', out], env, ROT);
  faser.pagefind = hel(pf);
  return { namn: 'projektet', sidor: antalSidor(out), s: summa(faser), cpu: cpuSumma(faser), rss: Math.max(...FASER.map((f) => faser[f]?.rss ?? 0)), faser, dist: storlek(out) };
}

/** Per phase of the project's astro build: where the main thread's time went. */
function skrivProfil(k: Korning, dir: string) {
  const fil = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!fil) return console.error('Ingen CPU-profil skrevs.');
  const prof: Profil = JSON.parse(readFileSync(join(dir, fil), 'utf8'));
  const ut: string[] = [`\nCPU-profil av projektets astro build (${join(dir, fil)}), huvudtråden:`];
  for (const [f, a, b] of fonster.get(k) ?? [['routes', 0, k.s] as [Fas, number, number]]) {
    const s = sammanfatta(prof, k.startUs + a * 1e6, k.startUs + b * 1e6);
    ut.push(`\n${f} (${(b - a).toFixed(1)} s, ${s.totalt.toFixed(1)} s i profilen). Egen tid: ${s.egen(8).map(([p, t]) => `${p} ${t.toFixed(1)} s`).join(', ')}`);
    for (const [fn, t] of s.inkl(40).filter(([fn]) => !/^\((program|idle|garbage collector)\)|processTicksAndRejections|runMicrotasks/.test(fn)).slice(0, 14)) ut.push(`  ${t.toFixed(1).padStart(6)} s  ${fn}`);
  }
  profilText.push(ut.join('\n'));
}
const profilText: string[] = [];

async function vanligAstro(sidor: string, dir: string, unifiedPipeline: boolean): Promise<Plats> {
  const namn = unifiedPipeline ? 'vanlig Astro, unified' : 'vanlig Astro';
  const out = join(dir, `dist-${unifiedPipeline ? 'unified' : 'vanlig'}`);
  const cache = join(dir, `cache-${unifiedPipeline ? 'unified' : 'vanlig'}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env: Record<string, string> = { BENCH_INNEHALL: sidor, OUT_DIR: out, CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', BENCH_UNIFIED: unifiedPipeline ? '1' : '0' };
  const bygge = await kor(['astro', 'build', '--root', VANLIG], env, ROT);
  const faser = astroFaser(bygge);
  const pf = await kor(['pagefind', '--site', out], env, ROT);
  faser.pagefind = hel(pf);
  return { namn, sidor: antalSidor(out), s: summa(faser), cpu: cpuSumma(faser), rss: Math.max(...FASER.map((f) => faser[f]?.rss ?? 0)), faser, dist: storlek(out) };
}

// Build folders inside the project's ignored .astro/: Astro puts prerender chunks in
// <project>/.astro/.prerender when the output folder lies outside the project.
mkdirSync(join(ROT, '.astro'), { recursive: true });
const ARBETE = mkdtempSync(join(ROT, '.astro', 'bench-'));
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    rmSync(ARBETE, { recursive: true, force: true });
    process.exit(130);
  });

const rader: Resultat['rader'] = [];
const lastFore = loadavg();
try {
  for (const n of fall) {
    const dir = join(ARBETE, String(n));
    const content = join(dir, 'content');
    const sidor = join(dir, 'vanliga-sidor');
    let antal = n;
    if (flagga('--syntetiskt')) {
      generera(n, content);
      // the plain site gets the made-up bodies as pages
      mkdirSync(sidor, { recursive: true });
      for (const f of readdirSync(join(content, 'organ'))) {
        const text = readFileSync(join(content, 'organ', f), 'utf8');
        const namn = /^namn: (.*)$/m.exec(text)?.[1] ?? f;
        writeFileSync(join(sidor, f.replace(/\.md$/, '.mdx')), text.replace(/^namn: .*$/m, `namn: ${JSON.stringify(namn)}`));
      }
      antal = readdirSync(join(content, 'organ')).length;
    } else antal = kopiera(n, content, sidor);
    console.error(`\n${n} organ: korpus klar (${antal} organ). Bygger …`);
    let basta: Plats[] | undefined;
    for (let r = 0; r < upprepa; r++) {
      const omgang: Plats[] = [await projektet(content, dir), await vanligAstro(sidor, dir, false)];
      if (flagga('--unified')) omgang.push(await vanligAstro(sidor, dir, true));
      for (const p of omgang) console.error(`  ${p.namn}: ${p.sidor} sidor, ${p.s.toFixed(1)} s (${p.cpu.toFixed(1)} s CPU), ${mb(p.rss)}; loadavg ${(loadavg()[0] ?? 0).toFixed(1)}`);
      basta = basta ? basta.map((b, i) => { const o = omgang[i]; return o && o.s < b.s ? o : b; }) : omgang;
    }
    const sok = !flagga('--utan-sok') ? await forstaSokningen(join(dir, 'dist-projekt'), 'cancerråd') : undefined;
    rader.push({ n, platser: basta!, sok });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(ARBETE, { recursive: true, force: true });
}

skrivTabeller({ rader, unified: flagga('--unified'), profiler: profilText, lastFore, kommando: arg.join(' ') || fall.join(' '), upprepa });
