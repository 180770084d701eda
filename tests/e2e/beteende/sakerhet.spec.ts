// The fixture site served with the headers from src/lib/sakerhet.ts: the headers arrive, search and
// its filters run without breaking the Content-Security-Policy or asking another origin for
// anything, and an inline script is blocked (so the check does see violations).
import { expect, test, type Page } from '@playwright/test';
import { HUVUDEN } from '../../../src/lib/sakerhet.ts';
import { FIXTUR } from '../../lib/bygg.ts';
import { sidor } from '../../lib/site.ts';

/** Records CSP violations (console and the securitypolicyviolation event) and requests to other origins. */
async function bevaka(page: Page, origin: string) {
  const fel: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) fel.push(`${page.url()}: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) fel.push(`${page.url()}: begäran till ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { csp: string[] };
      (w.csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const brott = async () => (await page.evaluate(() => (window as unknown as { csp?: string[] }).csp ?? [])).map((v) => `${page.url()}: ${v}`);
  return { fel, brott };
}

test('the server sends the security headers', async ({ request }) => {
  const svar = await request.get('/');
  for (const [k, v] of Object.entries(HUVUDEN)) expect(svar.headers()[k.toLowerCase()], k).toBe(v);
});

test('no page of the fixture site breaks the policy or fetches from another origin', async ({ page, baseURL }) => {
  const { fel, brott } = await bevaka(page, new URL(baseURL!).origin);
  const alla = sidor(FIXTUR.rot.dist);
  expect(alla.length).toBeGreaterThan(20);
  const samlat: string[] = [];
  for (const s of alla) {
    await page.goto(s, { waitUntil: 'load' });
    samlat.push(...(await brott()));
  }
  expect([...fel, ...samlat]).toEqual([]);
});

test('search and its filters work under the policy, without violations and without other origins', async ({ page, baseURL }) => {
  const { fel, brott } = await bevaka(page, new URL(baseURL!).origin);
  await page.goto('/sok/?q=cancerr%C3%A5d');
  await expect(page.locator('#soktraffar a').first()).toBeVisible({ timeout: 20_000 });
  // Filters too: they are built by the script, and must not need inline styles either.
  await page.locator('#sokfilter input[type=checkbox]').first().check();
  await expect(page.locator('#soktraffar a').first()).toBeVisible();
  expect([...fel, ...(await brott())]).toEqual([]);
});

test('an inline script is blocked, so that the test does see violations', async ({ page, baseURL }) => {
  const { fel } = await bevaka(page, new URL(baseURL!).origin);
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "inte tillåtet"';
    document.body.append(s);
  });
  await expect.poll(() => fel.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('inte tillåtet');
});
