// The built site (dist/) served with the headers from src/lib/sakerhet.ts: no page, search
// included, breaks the Content-Security-Policy or asks another origin for anything.
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { HUVUDEN } from '../../src/lib/sakerhet.ts';
import { serva } from '../lib/bygg';
import { DIST, sidor } from '../lib/site';

let server: Server;
let adress: string;

test.describe.configure({ timeout: 600_000 });

test.beforeAll(async () => {
  ({ server, url: adress } = await serva(DIST, { huvuden: HUVUDEN }));
});
test.afterAll(() => server?.close());

/** Records CSP violations (console and the securitypolicyviolation event) and requests to other origins. */
async function bevaka(page: Page) {
  const fel: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) fel.push(`${page.url()}: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== adress) fel.push(`${page.url()}: begäran till ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { csp: string[] }).csp ??= [];
      (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const brott = async () => (await page.evaluate(() => (window as unknown as { csp?: string[] }).csp ?? [])).map((v) => `${page.url()}: ${v}`);
  return { fel, brott };
}

test('servern skickar säkerhetshuvudena', async ({ request }) => {
  const svar = await request.get(`${adress}/`);
  for (const [k, v] of Object.entries(HUVUDEN)) expect(svar.headers()[k.toLowerCase()], k).toBe(v);
});

test('ingen sida bryter mot innehållspolicyn eller hämtar något från en annan webbplats', async ({ page }) => {
  const { fel, brott } = await bevaka(page);
  const alla = sidor();
  expect(alla.length).toBeGreaterThan(10);
  const samlat: string[] = [];
  for (const s of alla) {
    await page.goto(`${adress}${s}`, { waitUntil: 'load' });
    samlat.push(...(await brott()));
  }
  expect([...fel, ...samlat]).toEqual([]);
});

test('sökningen fungerar under innehållspolicyn, utan brott och utan andra webbplatser', async ({ page }) => {
  const { fel, brott } = await bevaka(page);
  await page.goto(`${adress}/sok/?q=cancerr%C3%A5d`);
  await expect(page.locator('#soktraffar a').first()).toBeVisible({ timeout: 20_000 });
  // Filters too: they are built by the script, and must not need inline styles either.
  await page.locator('#sokfilter input[type=checkbox]').first().check();
  await expect(page.locator('#soktraffar a').first()).toBeVisible();
  expect([...fel, ...(await brott())]).toEqual([]);
});

test('ett inline-skript blockeras, så att testet faktiskt ser brott', async ({ page }) => {
  const { fel } = await bevaka(page);
  await page.goto(`${adress}/`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "inte tillåtet"';
    document.body.append(s);
  });
  await expect.poll(() => fel.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('inte tillåtet');
});
