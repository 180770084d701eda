// `npm run granskning`: lists entries whose `granskad` date is older than the configured age
// (GRANSKNING_MANADER, default 12 months), oldest first, so editors know what to check next.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { granskningForsenad } from '../src/lib/tid.ts';
import { SAMLINGAR } from '../src/schemas/index.ts';

const INNEHALL = resolve(process.env.CONTENT_DIR ?? 'content');
const manader = Number(process.env.GRANSKNING_MANADER ?? 12);
const idag = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

const forsenade: { fil: string; granskad: string }[] = [];
for (const s of SAMLINGAR) {
  let filer: string[] = [];
  try {
    filer = readdirSync(join(INNEHALL, s)).filter((f) => /\.mdx?$/.test(f));
  } catch {
    continue;
  }
  for (const f of filer) {
    const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(INNEHALL, s, f), 'utf8'));
    const g = m ? String(parse(m[1])?.granskad ?? '') : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(g) || granskningForsenad(g, idag, manader)) forsenade.push({ fil: `content/${s}/${f}`, granskad: g || 'saknas' });
  }
}
forsenade.sort((a, b) => a.granskad.localeCompare(b.granskad));
if (!forsenade.length) console.log(`Inga poster behöver granskas: alla är granskade de senaste ${manader} månaderna.`);
else {
  console.log(`${forsenade.length} poster har inte granskats på ${manader} månader (äldst först):`);
  for (const f of forsenade) console.log(`  ${f.granskad}  ${f.fil}`);
}
