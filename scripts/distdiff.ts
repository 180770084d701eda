// `npm run distdiff -- <före> [efter]`: compares two built sites file by file, so that a
// restructure can show that readers get the same pages. Hashed asset names (`Bas.Ab12cD.css`),
// git dates ("Senast ändrad") and Pagefind's index fragments are normalised away; every other
// difference is printed as a unified diff of the two files' lines.
// `--trad`: HTML files whose bytes differ but whose parsed trees (hast, as a browser builds them)
// are the same are counted, not printed: for a change in how pages are written out, not in what
// they say (issue 17: the after-build pass keeps Astro's bytes where it used to re-serialise them).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sammaTrad } from './trad.ts';

const trad = process.argv.includes('--trad');
const [fore, efter = 'dist'] = process.argv.slice(2).filter((a) => a !== '--trad');
if (!fore || !existsSync(fore) || !existsSync(efter)) {
  console.error('Ange två byggda mappar: npm run distdiff -- <före> [efter, standard dist]');
  process.exit(2);
}

function filer(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filer(p) : [p];
  });
}

/** Pagefind's fragments and hashed assets are named by content: compare their count, not their names. */
const HOPPA = (f: string) => /^pagefind\//.test(f) || /^_astro\//.test(f);
const normalisera = (text: string) =>
  text
    .replace(/(_astro\/[\w.-]+?)\.[\w-]{8}\.(css|js)/g, '$1.HASH.$2')
    .replace(/(Senast ändrad: <time datetime=")[\d-]+(">)[^<]*/g, '$1GIT$2GIT')
    .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/g, '<lastBuildDate/>')
    .replace(/pagefind\/[\w.-]+\.pf_\w+/g, 'pagefind/FRAGMENT');

const lista = (dir: string) => new Set(filer(dir).map((f) => relative(dir, f).split(sep).join('/')).filter((f) => !HOPPA(f)));
const a = lista(fore);
const b = lista(efter);
let skillnader = 0;
for (const f of [...a].filter((f) => !b.has(f)).sort()) console.log(`- saknas efter: ${f}`), skillnader++;
for (const f of [...b].filter((f) => !a.has(f)).sort()) console.log(`+ ny efter: ${f}`), skillnader++;

/** A small line diff: the changed stretch of lines, with two lines of context either side. */
function radskillnad(x: string[], y: string[]): string {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let sx = x.length - 1;
  let sy = y.length - 1;
  while (sx >= start && sy >= start && x[sx] === y[sy]) sx--, sy--;
  const ut = [`@@ rad ${start + 1}`];
  for (const r of x.slice(Math.max(0, start - 2), start)) ut.push(`  ${r.slice(0, 300)}`);
  for (const r of x.slice(start, sx + 1)) ut.push(`- ${r.slice(0, 300)}`);
  for (const r of y.slice(start, sy + 1)) ut.push(`+ ${r.slice(0, 300)}`);
  return ut.join('\n');
}

let lika = 0;

for (const f of [...a].filter((f) => b.has(f)).sort()) {
  const x = readFileSync(join(fore, f));
  const y = readFileSync(join(efter, f));
  if (x.equals(y)) continue;
  const tx = normalisera(x.toString('utf8'));
  const ty = normalisera(y.toString('utf8'));
  if (tx === ty) continue;
  if (trad && f.endsWith('.html') && sammaTrad(tx, ty)) {
    lika++;
    continue;
  }
  skillnader++;
  // Built HTML is mostly one long line: split at tags so that the diff shows the element that changed.
  const rader = (t: string) => t.replace(/></g, '>\n<').split('\n');
  console.log(`~ ${f}\n${radskillnad(rader(tx), rader(ty))}\n`);
}
// Hashed assets: compared by their name without the hash, so that a changed script or style shows.
const tillgangar = (dir: string) =>
  new Map(filer(join(dir, '_astro')).map((f) => [normalisera(relative(dir, f).split(sep).join('/')), readFileSync(f)]));
const ta = tillgangar(fore);
const tb = tillgangar(efter);
for (const [namn, x] of ta) {
  const y = tb.get(namn);
  if (!y) console.log(`- saknas efter: ${namn}`), skillnader++;
  else if (!x.equals(y)) console.log(`~ ${namn}: ${x.length} byte före, ${y.length} efter`), skillnader++;
}
for (const namn of tb.keys()) if (!ta.has(namn)) console.log(`+ ny efter: ${namn}`), skillnader++;
if (lika) console.log(`${lika} HTML-filer skiljer i bytes men ger samma träd.`);
console.log(skillnader ? `${skillnader} skillnader.` : 'Inga skillnader.');
process.exit(skillnader ? 1 : 0);
