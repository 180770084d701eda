// One crawl of the real site: every built page is visited once, in a few long-lived pages, and in
// that visit checked for status, requests to other origins, console errors, CSP violations, heading
// structure, sideways scrolling at 320 px and axe (WCAG 2.1 A/AA, light). One page per template,
// and /om/komponenter/, is also checked for contrast in the dark colour scheme. Each failure names
// its page; all failures of a part are reported together.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { sidor } from '../../lib/site.ts';
import { SAMLINGAR, SAMLINGSNAMN } from '../../../src/samlingar.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DELAR = 8;
const STOR = { width: 1280, height: 720 };
const SMAL = { width: 320, height: 640 };
const alla = sidor();

// Routes with a parameter: each collection with pages of its own (from the registry), its change
// histories, and the comparison and open-data pages per type.
const EGNA = SAMLINGSNAMN.filter((s) => SAMLINGAR[s].sida === 'egen');
const MALL = new RegExp(`^/((?:historik/)?(?:${[...EGNA, 'jamfor', 'data'].join('|')}))/[^/]+/`);

/** One page per template: entry pages grouped by their section, every fixed page on its own. */
function enPerMall(vagar: string[]): string[] {
  const grupper = new Map<string, string>();
  for (const v of vagar) {
    const mall = v.replace(MALL, '/$1/*/');
    if (!grupper.has(mall)) grupper.set(mall, v);
  }
  return [...new Set([...grupper.values(), '/om/komponenter/'])];
}
const MORKA = new Set(enPerMall(alla));

/** Headings in document order that skip a level, and the number of h1s. */
async function rubriker(page: Page): Promise<string[]> {
  const nivaer = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((h) => h.map((e) => Number(e.tagName[1])));
  const fel: string[] = [];
  const h1 = nivaer.filter((n) => n === 1).length;
  if (h1 !== 1) fel.push(`${h1} h1 i stället för en`);
  if (nivaer[0] !== 1) fel.push(`första rubriken är h${nivaer[0]}, inte h1`);
  for (const [i, n] of nivaer.entries()) {
    const fore = nivaer[i - 1];
    if (fore !== undefined && n > fore + 1) fel.push(`rubriknivå hoppar från h${fore} till h${n}`);
  }
  return fel;
}

// axe-core itself, put into every page of the crawl before the page's own scripts (an init script
// is outside the page's CSP), and run with axe.run. @axe-core/playwright's AxeBuilder injects and
// configures axe anew for every analysis, which on ~550 pages took about a third of the crawl.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Brott = { id: string; nodes: { target: unknown[] }[] };

/** axe's violations on the page as it is now: the WCAG 2.1 A/AA rules, or only the named ones. */
function axe(page: Page, regler?: string[]): Promise<Brott[]> {
  const runOnly = regler ? { type: 'rule', values: regler } : { type: 'tag', values: WCAG };
  return page.evaluate(async (o) => {
    const r = await (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: Brott[] }> } }).axe.run(document, o);
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, { runOnly, resultTypes: ['violations'] });
}

const axeFel = (schema: string, v: Brott[]) =>
  v.map((x) => `axe (${schema}): ${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Whether the page is no wider than the viewport at 320 px. */
async function smal(page: Page): Promise<string[]> {
  const [bredd, synlig] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  return bredd > synlig ? [`skrollar i sidled vid 320 px (${bredd} px bred)`] : [];
}

/**
 * Every check on one page; the page's listeners fill `handelser` while it loads. A page loads at
 * the width the one before it ended at, so that the viewport changes once per page, not twice:
 * at 320 px the page is checked for sideways scrolling first, then widened for axe; at 1280 px the
 * other way round.
 */
async function kontrollera(page: Page, vag: string, handelser: string[], tider: Record<string, number>): Promise<string[]> {
  const fel: string[] = [];
  let t = Date.now();
  const matt = (namn: string) => {
    tider[namn] = (tider[namn] ?? 0) + Date.now() - t;
    t = Date.now();
  };
  const svar = await page.goto(vag, { waitUntil: 'load' });
  matt('laddning');
  if (svar?.status() !== 200) fel.push(`status ${svar?.status()}`);
  fel.push(...(await page.evaluate(() => (window as unknown as { csp?: string[] }).csp ?? [])).map((c) => `CSP-brott: ${c}`));
  fel.push(...(await rubriker(page)));
  const forstSmal = page.viewportSize()?.width === SMAL.width;
  if (forstSmal) {
    fel.push(...(await smal(page)));
    await page.setViewportSize(STOR);
    matt('320 px');
  }
  // axe.run in the page itself (the site has no frames, so nothing is lost).
  fel.push(...axeFel('ljust', await axe(page)));
  matt('axe');
  if (MORKA.has(vag)) {
    await page.emulateMedia({ colorScheme: 'dark' });
    fel.push(...axeFel('mörkt', await axe(page, ['color-contrast'])));
    await page.emulateMedia({ colorScheme: 'light' });
    matt('axe mörkt');
  }
  if (!forstSmal) {
    await page.setViewportSize(SMAL);
    fel.push(...(await smal(page)));
    matt('320 px');
  }
  fel.push(...handelser.splice(0));
  return fel.map((f) => `${vag}: ${f}`);
}

test('the crawl covers every built page, and one page per template in dark mode', () => {
  expect(alla.length).toBeGreaterThan(100);
  for (const s of ['/', '/organ/', '/sok/', '/om/komponenter/', '/404.html']) expect(alla).toContain(s);
  for (const s of ['/', '/om/komponenter/', '/jamfor/', '/tidslinje/', '/sok/']) expect(MORKA.has(s), s).toBe(true);
  expect([...MORKA].filter((s) => s.startsWith('/organ/') && s !== '/organ/')).toHaveLength(1);
  expect(MORKA.size).toBeLessThan(alla.length / 3);
});

for (let del = 0; del < DELAR; del++) {
  const mina = alla.filter((_, i) => i % DELAR === del);
  test(`pages ${del + 1} of ${DELAR} (${mina.length} pages) load only from the site, without errors or CSP violations, with sound headings, no sideways scrolling at 320 px and no axe violations`, async ({ page, baseURL }) => {
    test.setTimeout(mina.length * 15_000);
    const handelser: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) handelser.push(`begäran till en annan webbplats: ${r.url()}`);
    });
    page.on('console', (m) => m.type() === 'error' && handelser.push(`konsolfel: ${m.text()}`));
    page.on('pageerror', (e) => handelser.push(`skriptfel: ${e.message}`));
    await page.addInitScript(AXE);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { csp: string[] };
        (w.csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.setViewportSize(STOR);
    const fel: string[] = [];
    const tider: Record<string, number> = {};
    for (const vag of mina) fel.push(...(await kontrollera(page, vag, handelser, tider)));
    console.log(`del ${del + 1}: ${Object.entries(tider).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
    expect(fel, fel.join('\n')).toEqual([]);
  });
}
