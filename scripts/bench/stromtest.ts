// `node scripts/bench/stromtest.ts <byggd mapp> [content]`: checks the after-build
// pass's stream (src/integrations/forkortningar/strom.ts) against its tree path on real pages.
// For every page it marks the page both ways, parses both results with hast and compares the trees;
// it prints how many pages differ (should be 0), how many took the tree path instead, and the time
// per page of each path. Any built site will do (`npm run build` gives dist/): on pages the pass
// has marked, both paths leave the marks alone (they are links), so the check is weaker there than
// on pages as Astro writes them, where it was run for issue 17 (0 of 10,465 pages differed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markera, markeraMedTrad } from '../../src/integrations/forkortningar/sida.ts';
import { markeraStrom } from '../../src/integrations/forkortningar/strom.ts';
import { lasTermer } from '../../src/integrations/forkortningar/termer.ts';
import { sammaTrad } from '../trad.ts';

const [dist, innehall = 'content'] = process.argv.slice(2);
if (!dist) {
  console.error('Användning: node scripts/bench/stromtest.ts <byggd mapp, t.ex. dist> [content]');
  process.exit(2);
}
const filer = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? (n === 'pagefind' || n === '_astro' ? [] : filer(p)) : p.endsWith('.html') ? [p] : [];
  });
const termer = lasTermer(innehall);
const href = (t: { id: string }) => `/ordlista/#id-${t.id}`;
let olika = 0;
let tradvag = 0;
let tStrom = 0;
let tTrad = 0;
const alla = filer(dist);
for (const f of alla) {
  const html = readFileSync(f, 'utf8');
  const forkorta = !f.endsWith(join('ordlista', 'index.html'));
  let a = performance.now();
  const nytt = markera(html, termer, href, forkorta);
  tStrom += performance.now() - a;
  a = performance.now();
  const gammalt = markeraMedTrad(html, termer, href, forkorta);
  tTrad += performance.now() - a;
  const i = html.indexOf('<main');
  const main = i >= 0 ? html.slice(i, html.indexOf('</main>') + 7) : '';
  if (main && markeraStrom(main, termer, href, forkorta) === undefined) tradvag++;
  if (!sammaTrad(nytt, gammalt)) {
    olika++;
    if (olika <= 5) console.log(`olika: ${f}`);
  }
}
console.log(`${alla.length} sidor: ${olika} med olika träd, ${tradvag} via trädet; ${(tStrom / alla.length).toFixed(3)} ms per sida (strömmen) mot ${(tTrad / alla.length).toFixed(3)} ms (trädet)`);
process.exit(olika ? 1 : 0);
