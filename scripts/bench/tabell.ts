// The tables `npm run bench` prints (scripts/bench.ts): per N the project beside plain Astro with
// the ratios, then each build's phases, the CPU profile if asked for, the first search, the machine.
import { cpus, loadavg } from 'node:os';
import { FASER, type Matning } from './matning.ts';

export interface Plats {
  namn: string;
  sidor: number;
  s: number;
  cpu: number;
  rss: number;
  faser: Matning;
  dist: number;
}

export interface Resultat {
  rader: { n: number; platser: Plats[]; sok?: string }[];
  unified: boolean;
  profiler: string[];
  lastFore: number[];
  kommando: string;
  upprepa: number;
}

export const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
const msSida = (p: Plats) => (p.s * 1000) / p.sidor;
const cpuSida = (p: Plats) => (p.cpu * 1000) / p.sidor;

export function skrivTabeller(k: Resultat): void {
  console.log(
    '| organ | sidor (projekt / vanlig) | projektet | vanlig Astro | per sida (projekt / vanlig) | kvot per sida | kvot totalt | CPU per sida (projekt / vanlig) | kvot CPU per sida | högsta RSS (projekt / vanlig) |' +
      (k.unified ? ' vanlig Astro, unified | kvot per sida mot unified |' : ''),
  );
  console.log(`|${' ---: |'.repeat(k.unified ? 12 : 10)}`);
  for (const { n, platser } of k.rader) {
    const [p, v, u] = platser;
    if (!p || !v) continue;
    let rad = `| ${n} | ${p.sidor} / ${v.sidor} | ${p.s.toFixed(1)} s | ${v.s.toFixed(1)} s | ${msSida(p).toFixed(1)} / ${msSida(v).toFixed(1)} ms | ${(msSida(p) / msSida(v)).toFixed(2)} | ${(p.s / v.s).toFixed(2)} | ${cpuSida(p).toFixed(1)} / ${cpuSida(v).toFixed(1)} ms | ${(cpuSida(p) / cpuSida(v)).toFixed(2)} | ${mb(p.rss)} / ${mb(v.rss)} |`;
    if (u) rad += ` ${u.s.toFixed(1)} s (${msSida(u).toFixed(1)} ms/sida) | ${(msSida(p) / msSida(u)).toFixed(2)} |`;
    console.log(rad);
  }
  console.log('\nFaser: väggtid, CPU-tid (användare + system) och högsta RSS (största processen under fasen):\n');
  console.log(`| organ | bygge | ${FASER.join(' | ')} | dist |`);
  console.log(`| ---: | --- |${' ---: |'.repeat(FASER.length + 1)}`);
  for (const { n, platser } of k.rader)
    for (const p of platser)
      console.log(`| ${n} | ${p.namn} | ${FASER.map((f) => (p.faser[f] ? `${p.faser[f].s.toFixed(1)} s (${p.faser[f].cpu.toFixed(1)} CPU), ${mb(p.faser[f].rss)}` : '–')).join(' | ')} | ${mb(p.dist)} |`);
  for (const t of k.profiler) console.log(t);
  if (k.rader.some((r) => r.sok)) {
    console.log('\nFörsta sökningen (”cancerråd” på /sok/ i Chromium): hämtat sökindex, tid till första träff:\n');
    for (const r of k.rader) console.log(`- ${r.n} organ: ${r.sok}`);
  }
  const last = `${k.lastFore.map((l) => l.toFixed(1)).join(' ')} vid start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} vid slut`;
  console.log(`\n${cpus().length} kärnor; Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; \`npm run bench -- ${k.kommando}\`${k.upprepa > 1 ? ` (snabbaste av ${k.upprepa})` : ''}; belastning (loadavg 1/5/15 min) ${last}.`);
}
