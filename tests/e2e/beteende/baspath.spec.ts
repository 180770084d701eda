// The fixture site built and served below a base path (/cancerrad/), as on GitHub Pages: every
// link, asset, data address and the search must follow the base path. Built once per run by the
// setup project, served by tests/servrar.ts.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FIXTUR } from '../../lib/bygg.ts';
import { PORTAR, adress } from '../../lib/portar.ts';
import { byggfiler, poster } from '../../lib/site.ts';

const { BAS, SITE } = FIXTUR;
const DIST = FIXTUR.bas.dist;
const ADRESS = adress(PORTAR.fixturBas);

/** Whether a path below the base path exists in the build. */
function finns(vag: string): boolean {
  const [utanFragment = ''] = vag.split('#');
  const [utanFraga = ''] = utanFragment.split('?');
  const ren = decodeURIComponent(utanFraga);
  if (!ren.startsWith(BAS)) return false;
  const p = join(DIST, ren.slice(BAS.length));
  return ren.endsWith('/') ? existsSync(join(p, 'index.html')) : existsSync(p);
}

test('every link, asset and form on every page lies below the base path and exists', () => {
  const sidor = byggfiler(DIST).filter((f) => f.endsWith('.html'));
  expect(sidor.length).toBeGreaterThan(20);
  let antal = 0;
  const fel: string[] = [];
  for (const f of sidor) {
    const h = readFileSync(f, 'utf8');
    const namn = relative(DIST, f).split(sep).join('/');
    for (const [, attr, v = ''] of h.matchAll(/\s(href|src|action|data-pagefind)="([^"]*)"/g)) {
      const varde = v.replace(/&amp;/g, '&');
      if (/^(#|mailto:|tel:)/.test(varde)) continue;
      if (/^https?:\/\//.test(varde)) {
        // Addresses of the site itself (canonical, Open Graph) carry the base path too.
        if (varde.startsWith(SITE) && !new URL(varde).pathname.startsWith(BAS)) fel.push(`${namn}: ${attr}="${varde}" saknar ${BAS}`);
        continue;
      }
      antal++;
      if (!varde.startsWith(BAS)) fel.push(`${namn}: ${attr}="${varde}" ligger inte under ${BAS}`);
      else if (!finns(varde)) fel.push(`${namn}: ${attr}="${varde}" finns inte`);
    }
  }
  expect(fel).toEqual([]);
  expect(antal).toBeGreaterThan(sidor.length * 20);
  // A link written in an entry's text follows the base path too.
  expect(readFileSync(join(DIST, 'organ', 'cancerradet-ett', 'index.html'), 'utf8')).toMatch(/Rådet rapporterar till <a href="\/cancerrad\/organ\/rcc-alfa\/">RCC Alfa<\/a>/);
});

test('open data, the sitemap, robots.txt and the feed have addresses below the base path', () => {
  const texter = ['robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'andringar.xml', 'data/organ.json', 'data/popolo.json', 'data/schema/organ.json'].map((f) =>
    readFileSync(join(DIST, f), 'utf8'),
  );
  const adresser = texter.flatMap((t) => [...t.matchAll(/https:\/\/cancerrad\.example\.se[^\s"<]*/g)].map((m) => m[0]));
  expect(adresser.length).toBeGreaterThan(poster('organ', FIXTUR.content).length * 4);
  for (const a of adresser) {
    const vag = new URL(a).pathname;
    expect(vag, a).toMatch(/^\/cancerrad\//);
    expect(finns(vag), `${a} finns inte`).toBe(true);
  }
});

test('the pages load their assets below the base path and search finds pages there', async ({ page }) => {
  const fel: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) fel.push(`${r.status()} ${r.url()}`);
  });
  for (const vag of ['', 'organ/', 'data/', 'om/']) {
    await page.goto(`${ADRESS}${BAS}${vag}`);
    // The site's stylesheet applied: the skip link is moved out of view until focused.
    expect(await page.locator('.skiplink').evaluate((e) => getComputedStyle(e).position)).not.toBe('static');
  }
  await page.goto(`${ADRESS}${BAS}sok/?q=${encodeURIComponent('Cancerrådet i Ett')}`);
  const traff = page.locator('#soktraffar > li h3 a').first();
  await expect(traff).toHaveAttribute('href', `${BAS}organ/cancerradet-ett/`, { timeout: 20_000 });
  await traff.click();
  await expect(page).toHaveURL(`${ADRESS}${BAS}organ/cancerradet-ett/`);
  await expect(page.locator('h1')).toHaveText('Cancerrådet i Ett');
  expect(fel).toEqual([]);
});

test('outside the base path the server answers 404, as a host with the site in a sub-folder does', async ({ request }) => {
  expect((await request.get(`${ADRESS}/`)).status()).toBe(404);
  expect((await request.get(`${ADRESS}/organ/`)).status()).toBe(404);
  expect((await request.get(`${ADRESS}${BAS}organ/`)).status()).toBe(200);
});
