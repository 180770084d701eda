// `npm run bench`: the project's build next to plain Astro's, in the same run (issue 17).
// For each N it copies the project's own bodies (content/organ) to N bodies alongside the rest of
// content/ (scripts/syntetiskt.ts), builds the project phase by phase (kontroll, astro build,
// Pagefind, each its own process), then builds the plain Astro 7 + MDX + Pagefind site in
// scripts/bench/plain/ on the same N bodies as N MDX pages (same frontmatter, same text), and
// prints both with the ratio per page, seconds and peak RSS per phase.
//
// The phases inside `astro build` come from its log lines, stamped as they arrive:
//   start   start of the process until "[content] Syncing content" (Node, config, Vite's dependency scan)
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
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { generera, kopiera } from './syntetiskt.ts';
import { sammanfatta, type Profil } from './bench/profil.ts';

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
// Processes: wall time, peak RSS, log lines with their time, RSS sampled per phase.

interface Korning {
  s: number;
  rss: number;
  /** [seconds since start, line] */
  rader: [number, string][];
  /** [seconds since start, largest RSS in the tree in bytes, CPU seconds of the tree so far] */
  prov: [number, number, number][];
  /** user + system CPU seconds in all, from /usr/bin/time */
  cpu: number;
  /** process.hrtime at the start, in microseconds (the clock of V8's CPU profiles) */
  startUs: number;
}

/** Parent pid of every process, read from /proc (no /proc/<pid>/task/<pid>/children here). */
function barnTill(rot: number): number[] {
  const foralder = new Map<number, number[]>();
  for (const n of readdirSync('/proc')) {
    if (!/^\d+$/.test(n)) continue;
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      foralder.set(ppid, [...(foralder.get(ppid) ?? []), Number(n)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const ut: number[] = [];
  const ko = [rot];
  while (ko.length) for (const b of foralder.get(ko.pop()!) ?? []) ut.push(b), ko.push(b);
  return ut;
}
/** CPU seconds (user + system, its reaped children included) of a process. */
function cpuAv(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14–17 of stat: utime stime cutime cstime, in clock ticks (100 per second on Linux)
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return 0;
  }
}
function rssAv(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Runs a command under /usr/bin/time -v (cwd: the project), collecting its log and RSS. */
function kor(cmd: string[], env: Record<string, string>, cwd = ROT): Promise<Korning> {
  const ut = join(ARBETE, `tid-${Math.random().toString(36).slice(2)}.txt`);
  return new Promise((klar, fel) => {
    const start = performance.now();
    const startUs = Number(process.hrtime.bigint() / 1000n);
    const sek = () => (performance.now() - start) / 1000;
    const p = spawn('/usr/bin/time', ['-v', '-o', ut, ...cmd], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const rader: [number, string][] = [];
    const prov: [number, number, number][] = [];
    let barn: number[] = [];
    let varv = 0;
    const timer = setInterval(() => {
      if (varv++ % 10 === 0 || !barn.length) barn = barnTill(p.pid!);
      prov.push([sek(), Math.max(0, ...barn.map(rssAv)), barn.reduce((c, b) => c + cpuAv(b), 0)]);
    }, 100);
    const las = (strom: NodeJS.ReadableStream) => {
      let rest = '';
      strom.setEncoding('utf8');
      strom.on('data', (d: string) => {
        const t = sek();
        const delar = (rest + d).split('\n');
        rest = delar.pop()!;
        for (const r of delar) rader.push([t, r.replace(/\x1b\[[0-9;]*m/g, '')]);
      });
    };
    las(p.stdout!);
    las(p.stderr!);
    p.on('error', fel);
    p.on('close', (kod) => {
      clearInterval(timer);
      const s = sek();
      if (kod !== 0) return fel(new Error(`${cmd.join(' ')} misslyckades (${kod}):\n${rader.slice(-40).map((r) => r[1]).join('\n')}`));
      const tid = readFileSync(ut, 'utf8');
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(tid)?.[1] ?? 0) * 1024;
      const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(tid)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(tid)?.[1] ?? 0);
      rmSync(ut, { force: true });
      klar({ s, rss, rader, prov, cpu, startUs });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Phases.

const FASER = ['kontroll', 'start', 'sync', 'bundle', 'routes', 'efter', 'pagefind'] as const;
type Fas = (typeof FASER)[number];
type Matning = Partial<Record<Fas, { s: number; rss: number; cpu: number }>>;

/** Largest RSS sampled in [fran, till]; a phase shorter than the sampling step gets the sample before it. */
function toppMellan(k: Korning, fran: number, till: number): number {
  const inom = k.prov.filter(([t]) => t >= fran && t <= till).map(([, r]) => r);
  return inom.length ? Math.max(...inom) : (k.prov.findLast(([t]) => t <= till)?.[1] ?? 0);
}
/** CPU seconds of the tree at time t (the last sample before it; the total at the end). */
const cpuVid = (k: Korning, t: number) => (t >= k.s ? k.cpu : (k.prov.findLast(([u]) => u <= t)?.[2] ?? 0));
const hel = (k: Korning) => ({ s: k.s, rss: k.rss, cpu: k.cpu });

/** astro build's phases from its log lines (see the top of the file). */
const fonster = new WeakMap<Korning, [Fas, number, number][]>();
function astroFaser(k: Korning): Matning {
  const hitta = (re: RegExp, efter = 0) => k.rader.find(([t, r]) => t >= efter && re.test(r))?.[0];
  const sync = hitta(/\[content\] Syncing content/);
  const bundle = hitta(/Building static entrypoints|building client|Building server entrypoints/i);
  const routes = hitta(/generating static routes/i, bundle ?? 0);
  const klar = routes !== undefined ? hitta(/✓ Completed in/, routes) : undefined;
  if (bundle === undefined || routes === undefined || klar === undefined) {
    console.error('Kunde inte dela upp astro build i faser (loggraderna har ändrats?); hela bygget räknas som "routes".');
    return { routes: hel(k) };
  }
  const grans: [Fas, number, number][] = [
    ...(sync !== undefined && sync < bundle ? ([['start', 0, sync], ['sync', sync, bundle]] as [Fas, number, number][]) : ([['sync', 0, bundle]] as [Fas, number, number][])),
    ['bundle', bundle, routes],
    ['routes', routes, klar],
    ['efter', klar, k.s],
  ];
  fonster.set(k, grans);
  return Object.fromEntries(grans.map(([f, a, b]) => [f, { s: b - a, rss: toppMellan(k, a, b), cpu: cpuVid(k, b) - cpuVid(k, a) }]));
}

// ---------------------------------------------------------------------------------------------
// Output: pages, sizes.

const filerUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filerUnder(p) : [p];
  });
const antalSidor = (dist: string) => filerUnder(dist).filter((f) => f.endsWith('.html') && !f.includes(`${join(dist, 'pagefind')}/`)).length;
const storlek = (dir: string) => filerUnder(dir).reduce((s, f) => s + statSync(f).size, 0);
const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;

/** The heap limit `npm run build` gives astro build, read from package.json (it may change). */
function byggetsNodeOptions(): string | undefined {
  const skript: string = JSON.parse(readFileSync(join(ROT, 'package.json'), 'utf8')).scripts?.build ?? '';
  return /--max-old-space-size=\d+/.exec(skript)?.[0];
}

/** How `npm run kontroll` runs, without npm in between (`node <fil>`), if it still exists. */
function kontrollKommando(): string[] | undefined {
  const skript: string | undefined = JSON.parse(readFileSync(join(ROT, 'package.json'), 'utf8')).scripts?.kontroll;
  if (!skript) return undefined;
  const m = /^node (\S+)$/.exec(skript.trim());
  return m?.[1] ? ['node', m[1]] : ['npm', 'run', '-s', 'kontroll'];
}

// ---------------------------------------------------------------------------------------------
// The first search in Chromium (optional): bytes of the index fetched, time to the first hit.

async function serva(dist: string) {
  const typer: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    let p = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!existsSync(p)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': typer[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const adr = server.address();
  return { url: `http://127.0.0.1:${typeof adr === 'object' && adr ? adr.port : 0}`, server };
}

async function forstaSokningen(dist: string, fraga: string): Promise<string> {
  const chromiumSokvag = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumSokvag)) return 'ingen Chromium';
  const { chromium } = await import('@playwright/test');
  const { url, server } = await serva(dist);
  const browser = await chromium.launch({ executablePath: chromiumSokvag, args: ['--no-sandbox', '--disable-gpu'] });
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
    return `${(bytes / 1024).toFixed(0)} kB, ${ms.toFixed(0)} ms`;
  } catch (e) {
    return `misslyckades (${((e as Error).message.split('\n')[0] ?? '').slice(0, 60)})`;
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// One N.

interface Plats {
  namn: string;
  sidor: number;
  s: number;
  cpu: number;
  rss: number;
  faser: Matning;
  dist: number;
}

const summa = (m: Matning) => FASER.reduce((s, f) => s + (m[f]?.s ?? 0), 0);
const cpuSumma = (m: Matning) => FASER.reduce((s, f) => s + (m[f]?.cpu ?? 0), 0);

async function projektet(content: string, dir: string): Promise<Plats> {
  const out = join(dir, 'dist-projekt');
  rmSync(out, { recursive: true, force: true });
  const env: Record<string, string> = { CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: join(dir, 'cache-projekt'), ASTRO_TELEMETRY_DISABLED: '1' };
  const heap = process.env.NODE_OPTIONS ?? byggetsNodeOptions();
  const faser: Matning = {};
  const kk = kontrollKommando();
  if (kk) {
    const k = await kor(kk, env);
    faser.kontroll = hel(k);
  }
  if (env.CACHE_DIR) rmSync(env.CACHE_DIR, { recursive: true, force: true });
  const profil = join(ROT, '.astro', 'bench-profil');
  if (flagga('--profil')) rmSync(profil, { recursive: true, force: true });
  const astro = flagga('--profil') ? ['node', '--cpu-prof', `--cpu-prof-dir=${profil}`, '--cpu-prof-interval', '2000', join(ROT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'] : ['astro', 'build'];
  const bygge = await kor(astro, { ...env, ...(heap ? { NODE_OPTIONS: heap } : {}) });
  Object.assign(faser, astroFaser(bygge));
  if (flagga('--profil')) skrivProfil(bygge, profil);
  const pf = await kor(['pagefind', '--site', out], env);
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
  const bygge = await kor(['astro', 'build', '--root', VANLIG], env);
  const faser = astroFaser(bygge);
  const pf = await kor(['pagefind', '--site', out], env);
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

const rader: { n: number; platser: Plats[]; sok?: string }[] = [];
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

// ---------------------------------------------------------------------------------------------
// Tables.

const msSida = (p: Plats) => (p.s * 1000) / p.sidor;
const cpuSida = (p: Plats) => (p.cpu * 1000) / p.sidor;
const uni = flagga('--unified');
console.log(
  '| organ | sidor (projekt / vanlig) | projektet | vanlig Astro | per sida (projekt / vanlig) | kvot per sida | kvot totalt | CPU per sida (projekt / vanlig) | kvot CPU per sida | högsta RSS (projekt / vanlig) |' +
    (uni ? ' vanlig Astro, unified | kvot per sida mot unified |' : ''),
);
console.log(`|${' ---: |'.repeat(uni ? 12 : 10)}`);
for (const { n, platser } of rader) {
  const [p, v, u] = platser;
  if (!p || !v) continue;
  let rad = `| ${n} | ${p.sidor} / ${v.sidor} | ${p.s.toFixed(1)} s | ${v.s.toFixed(1)} s | ${msSida(p).toFixed(1)} / ${msSida(v).toFixed(1)} ms | ${(msSida(p) / msSida(v)).toFixed(2)} | ${(p.s / v.s).toFixed(2)} | ${cpuSida(p).toFixed(1)} / ${cpuSida(v).toFixed(1)} ms | ${(cpuSida(p) / cpuSida(v)).toFixed(2)} | ${mb(p.rss)} / ${mb(v.rss)} |`;
  if (u) rad += ` ${u.s.toFixed(1)} s (${msSida(u).toFixed(1)} ms/sida) | ${(msSida(p) / msSida(u)).toFixed(2)} |`;
  console.log(rad);
}
console.log('\nFaser: väggtid, CPU-tid (användare + system) och högsta RSS (största processen under fasen):\n');
console.log(`| organ | bygge | ${FASER.join(' | ')} | dist |`);
console.log(`| ---: | --- |${' ---: |'.repeat(FASER.length + 1)}`);
for (const { n, platser } of rader)
  for (const p of platser)
    console.log(`| ${n} | ${p.namn} | ${FASER.map((f) => (p.faser[f] ? `${p.faser[f].s.toFixed(1)} s (${p.faser[f].cpu.toFixed(1)} CPU), ${mb(p.faser[f].rss)}` : '–')).join(' | ')} | ${mb(p.dist)} |`);
for (const t of profilText) console.log(t);
if (rader.some((r) => r.sok)) {
  console.log('\nFörsta sökningen (”cancerråd” på /sok/ i Chromium): hämtat sökindex, tid till första träff:\n');
  for (const r of rader) console.log(`- ${r.n} organ: ${r.sok}`);
}
const last = `${lastFore.map((l) => l.toFixed(1)).join(' ')} vid start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} vid slut`;
console.log(`\n${cpus().length} kärnor; Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; \`npm run bench -- ${arg.join(' ') || fall.join(' ')}\`${upprepa > 1 ? ` (snabbaste av ${upprepa})` : ''}; belastning (loadavg 1/5/15 min) ${last}.`);
