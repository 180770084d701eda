// The site built and served below a base path (/cancerrad/), as on GitHub Pages: every link,
// asset, data address and the search must follow the base path.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import { bygg, nyttBygge, serva, type Bygge } from '../lib/bygg';
import { ROOT } from '../lib/site';

const BAS = '/cancerrad/';
const SITE = 'https://cancerrad.example.se';
let b: Bygge;
let server: Server;
let adress: string;

function filer(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (n === 'pagefind' ? [] : filer(p)) : [p];
  });
}

/** Whether a path below the base path exists in the build. */
function finns(vag: string): boolean {
  const ren = decodeURIComponent(vag.split('#')[0].split('?')[0]);
  if (!ren.startsWith(BAS)) return false;
  const p = join(b.dist, ren.slice(BAS.length));
  return ren.endsWith('/') ? existsSync(join(p, 'index.html')) : existsSync(p);
}

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  b = nyttBygge(join(ROOT, 'content'));
  bygg(b, { BASE_PATH: BAS, SITE_URL: SITE });
  ({ server, url: adress } = await serva(b.dist, { bas: BAS }));
});

test.afterAll(() => {
  server?.close();
  if (b) rmSync(b.dir, { recursive: true, force: true });
});

test('varje länk, resurs och formulär på varje sida ligger under baskatalogen och finns', () => {
  const sidor = filer(b.dist).filter((f) => f.endsWith('.html'));
  expect(sidor.length).toBeGreaterThan(10);
  let antal = 0;
  for (const f of sidor) {
    const h = readFileSync(f, 'utf8');
    const namn = relative(b.dist, f).split(sep).join('/');
    for (const [, attr, v] of h.matchAll(/\s(href|src|action|data-pagefind)="([^"]*)"/g)) {
      const varde = v.replace(/&amp;/g, '&');
      if (/^(#|mailto:|tel:)/.test(varde)) continue;
      if (/^https?:\/\//.test(varde)) {
        // Addresses of the site itself (canonical, Open Graph) carry the base path too.
        if (varde.startsWith(SITE)) expect(new URL(varde).pathname, `${namn}: ${attr}="${varde}"`).toMatch(/^\/cancerrad\//);
        continue;
      }
      antal++;
      expect(varde.startsWith(BAS), `${namn}: ${attr}="${varde}" ligger inte under ${BAS}`).toBe(true);
      expect(finns(varde), `${namn}: ${attr}="${varde}" finns inte`).toBe(true);
    }
  }
  expect(antal).toBeGreaterThan(1000);
});

test('öppna data, webbplatskartan, robots.txt och flödet har adresser under baskatalogen', () => {
  const texter = ['robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'andringar.xml', 'data/organ.json', 'data/popolo.json', 'data/schema/organ.json'].map((f) =>
    readFileSync(join(b.dist, f), 'utf8'),
  );
  const adresser = texter.flatMap((t) => [...t.matchAll(/https:\/\/cancerrad\.example\.se[^\s"<]*/g)].map((m) => m[0]));
  expect(adresser.length).toBeGreaterThan(100);
  for (const a of adresser) {
    const vag = new URL(a).pathname;
    expect(vag, a).toMatch(/^\/cancerrad\//);
    expect(finns(vag), `${a} finns inte`).toBe(true);
  }
});

test('sidorna laddar sina resurser under baskatalogen och sökningen hittar sidor där', async ({ page }) => {
  const fel: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) fel.push(`${r.status()} ${r.url()}`);
  });
  for (const vag of ['', 'organ/', 'data/', 'om/']) {
    await page.goto(`${adress}${BAS}${vag}`);
    // The site's stylesheet applied: the skip link is moved out of view until focused.
    expect(await page.locator('.skiplink').evaluate((e) => getComputedStyle(e).position)).not.toBe('static');
  }
  await page.goto(`${adress}${BAS}sok/?q=cancerr%C3%A5d`);
  const traff = page.locator('#soktraffar a').first();
  await expect(traff).toBeVisible({ timeout: 20_000 });
  const href = await traff.getAttribute('href');
  expect(href).toMatch(/^\/cancerrad\//);
  await traff.click();
  await expect(page).toHaveURL(new RegExp(`${BAS}.+`));
  await expect(page.locator('h1')).toBeVisible();
  expect(fel).toEqual([]);
});
