// `npm run bench:lighthouse`: Lighthouse scores (accessibility, best practices, SEO, performance)
// for three representative pages of the built site (dist/), in Debian's Chromium. A benchmark, not
// a test: it prints a table for the README. Build first (`npm run build`).
// Usage: npm run bench:lighthouse [-- /organ/x/ /planer/y/ …]
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { serva } from '../tests/lib/bygg.ts';

const sidor = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/organ/cancerradet-sormland/', '/planer/cancerplan-stockholm-gotland-2024-2027/'];
const KATEGORIER = ['accessibility', 'best-practices', 'seo', 'performance'] as const;
const NAMN: Record<(typeof KATEGORIER)[number], string> = { accessibility: 'tillgänglighet', 'best-practices': 'bästa praxis', seo: 'SEO', performance: 'prestanda' };

if (!existsSync('dist/index.html')) {
  console.error('Bygg först: npm run build');
  process.exit(1);
}
const { url, server } = await serva('dist');
const port = 9300 + (process.pid % 500);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();
const rader: string[] = [];
try {
  for (const s of sidor) {
    for (const form of ['mobile', 'desktop'] as const) {
      const svar = await lighthouse(`${url}${s}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...KATEGORIER] }, form === 'desktop' ? { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'simulate' } } : undefined);
      if (!svar) throw new Error(`Lighthouse gav inget resultat för ${s}`);
      const c = svar.lhr.categories;
      const fel = KATEGORIER.flatMap((k) => Object.values(svar.lhr.audits).filter((a) => a.score !== null && a.score < 1 && svar.lhr.categories[k]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => `${NAMN[k]}: ${a.id}`));
      rader.push(`| ${s} | ${form === 'mobile' ? 'mobil' : 'dator'} | ${KATEGORIER.map((k) => Math.round((c[k]?.score ?? 0) * 100)).join(' | ')} |`);
      if (fel.length) console.error(`${s} (${form}): ${[...new Set(fel)].join(', ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`| sida | läge | ${KATEGORIER.map((k) => NAMN[k]).join(' | ')} |`);
console.log(`| --- | --- | ${KATEGORIER.map(() => '---:').join(' | ')} |`);
for (const r of rader) console.log(r);
const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
console.log(`\nLighthouse ${version} i Chromium ${chromiumVersion}; ${new Date().toISOString().slice(0, 10)}.`);
