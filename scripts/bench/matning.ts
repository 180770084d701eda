// The measuring half of `npm run bench` (scripts/bench.ts): a command run under /usr/bin/time -v with
// its log lines stamped as they arrive and its process tree sampled every 100 ms (largest RSS, CPU
// seconds), and astro build's phases read from its log lines (the phases are described at the top
// of scripts/bench.ts).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Korning {
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
export function kor(cmd: string[], env: Record<string, string>, cwd: string): Promise<Korning> {
  const ut = join(tmpdir(), `bench-tid-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
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

export const FASER = ['kontroll', 'start', 'sync', 'bundle', 'routes', 'efter', 'pagefind'] as const;
export type Fas = (typeof FASER)[number];
export type Matning = Partial<Record<Fas, { s: number; rss: number; cpu: number }>>;

/** Largest RSS sampled in [fran, till]; a phase shorter than the sampling step gets the sample before it. */
function toppMellan(k: Korning, fran: number, till: number): number {
  const inom = k.prov.filter(([t]) => t >= fran && t <= till).map(([, r]) => r);
  return inom.length ? Math.max(...inom) : (k.prov.findLast(([t]) => t <= till)?.[1] ?? 0);
}
/** CPU seconds of the tree at time t (the last sample before it; the total at the end). */
const cpuVid = (k: Korning, t: number) => (t >= k.s ? k.cpu : (k.prov.findLast(([u]) => u <= t)?.[2] ?? 0));
export const hel = (k: Korning) => ({ s: k.s, rss: k.rss, cpu: k.cpu });

/** astro build's phases from its log lines (see the top of the file). */
export const fonster = new WeakMap<Korning, [Fas, number, number][]>();
export function astroFaser(k: Korning): Matning {
  const hitta = (re: RegExp, efter = 0) => k.rader.find(([t, r]) => t >= efter && re.test(r))?.[0];
  const kontroll = hitta(/Innehållet är i ordning/);
  const sync = hitta(/\[content\] Syncing content/);
  const bundle = hitta(/Building static entrypoints|building client|Building server entrypoints/i);
  const routes = hitta(/generating static routes/i, bundle ?? 0);
  const klar = routes !== undefined ? hitta(/✓ Completed in/, routes) : undefined;
  if (bundle === undefined || routes === undefined || klar === undefined) {
    console.error('Kunde inte dela upp astro build i faser (loggraderna har ändrats?); hela bygget räknas som "routes".');
    return { routes: hel(k) };
  }
  const borjan = kontroll !== undefined && kontroll < (sync ?? bundle) ? kontroll : 0;
  const grans: [Fas, number, number][] = [
    ...(borjan > 0 ? ([['kontroll', 0, borjan]] as [Fas, number, number][]) : []),
    ...(sync !== undefined && sync < bundle ? ([['start', borjan, sync], ['sync', sync, bundle]] as [Fas, number, number][]) : ([['sync', borjan, bundle]] as [Fas, number, number][])),
    ['bundle', bundle, routes],
    ['routes', routes, klar],
    ['efter', klar, k.s],
  ];
  fonster.set(k, grans);
  return Object.fromEntries(grans.map(([f, a, b]) => [f, { s: b - a, rss: toppMellan(k, a, b), cpu: cpuVid(k, b) - cpuVid(k, a) }]));
}
