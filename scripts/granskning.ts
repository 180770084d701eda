// `npm run granskning`: lists entries whose `granskad` date is older than the configured age
// (GRANSKNING_MANADER, default 12 months), oldest first, so editors know what to check next.
import { relative, resolve, sep } from 'node:path';
import { poster } from '../src/lib/innehall/lasare.ts';
import { granskningForsenad } from '../src/lib/tid.ts';
import { SAMLINGSNAMN } from '../src/samlingar.ts';

const INNEHALL = resolve(process.env.CONTENT_DIR ?? 'content');
const manader = Number(process.env.GRANSKNING_MANADER ?? 12);
const idag = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

const forsenade: { fil: string; granskad: string }[] = [];
for (const s of SAMLINGSNAMN)
  for (const p of poster(INNEHALL, s)) {
    const data = p.frontmatter?.data as { granskad?: unknown } | undefined;
    const g = data?.granskad instanceof Date ? data.granskad.toISOString().slice(0, 10) : String(data?.granskad ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(g) || granskningForsenad(g, idag, manader))
      forsenade.push({ fil: `content/${relative(INNEHALL, p.fil).split(sep).join('/')}`, granskad: g || 'saknas' });
  }
forsenade.sort((a, b) => a.granskad.localeCompare(b.granskad));
if (!forsenade.length) console.log(`Inga poster behöver granskas: alla är granskade de senaste ${manader} månaderna.`);
else {
  console.log(`${forsenade.length} poster har inte granskats på ${manader} månader (äldst först):`);
  for (const f of forsenade) console.log(`  ${f.granskad}  ${f.fil}`);
}
