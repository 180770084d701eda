// Sums up a V8 CPU profile (`node --cpu-prof … astro build`, or `npm run bench -- 1000 --profil`):
// self time per package or project file, and inclusive time for the functions that take longest
// (each sample counted once per function, so recursion is not counted twice). A time window
// (in the profile's clock, microseconds) restricts it to one phase of the build.
// Usage: node scripts/bench/profil.ts <fil.cpuprofile> [antal rader] [från s] [till s]
//   (från/till: seconds since the profile started, e.g. one phase from `npm run bench -- --profil`)
import { readFileSync } from 'node:fs';

interface Nod {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profil {
  nodes: Nod[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where code lives: a package in node_modules, a project file, or Node/V8 itself. */
function plats(url: string): string {
  if (!url) return '(V8/native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  if (url.startsWith('node:')) return 'node:*';
  return url
    .replace(/^file:\/\//, '')
    .replace(`${process.cwd()}/`, '')
    .replace(/^.*\/\.prerender\//, '.prerender/')
    .replace(/_[A-Za-z0-9-]{8}\.mjs$/, '.mjs');
}
const nyckel = (n: Nod) => `${n.callFrame.functionName || '(anonym)'} ${plats(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

export function sammanfatta(prof: Profil, fran = -Infinity, till = Infinity) {
  const noder = new Map(prof.nodes.map((n) => [n.id, n]));
  const foralder = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) foralder.set(c, n.id);
  const egen = new Map<string, number>();
  const inkl = new Map<string, number>();
  let totalt = 0;
  let t = prof.startTime;
  prof.samples.forEach((id, i) => {
    t += prof.timeDeltas[i] ?? 0;
    if (t < fran || t > till) return;
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1e6;
    totalt += dt;
    const n = noder.get(id)!;
    const p = plats(n.callFrame.url);
    egen.set(p, (egen.get(p) ?? 0) + dt);
    const sedda = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = foralder.get(x)) {
      const k = nyckel(noder.get(x)!);
      if (k.startsWith('(root)') || sedda.has(k)) continue;
      inkl.set(k, (inkl.get(k) ?? 0) + dt);
      sedda.add(k);
    }
  });
  const topp = (m: Map<string, number>, antal: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, antal);
  return { totalt, egen: (antal: number) => topp(egen, antal), inkl: (antal: number) => topp(inkl, antal) };
}

if (import.meta.main) {
  const [fil, antalArg, fran, till] = process.argv.slice(2);
  if (!fil) {
    console.error('Användning: node scripts/bench/profil.ts <fil.cpuprofile> [antal rader]');
    process.exit(1);
  }
  const antal = Number(antalArg ?? 25);
  const prof: Profil = JSON.parse(readFileSync(fil, 'utf8'));
  const s = sammanfatta(prof, fran ? prof.startTime + Number(fran) * 1e6 : -Infinity, till ? prof.startTime + Number(till) * 1e6 : Infinity);
  console.log(`Totalt ${s.totalt.toFixed(1)} s i profilen (huvudtråden).\n\nEgen tid per paket eller fil:`);
  for (const [k, v] of s.egen(antal)) console.log(`${v.toFixed(1).padStart(7)} s  ${k}`);
  console.log('\nInklusive tid per funktion:');
  for (const [k, v] of s.inkl(antal)) console.log(`${v.toFixed(1).padStart(7)} s  ${k}`);
}
