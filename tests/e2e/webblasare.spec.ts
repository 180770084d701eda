// Every page in a real Chromium: no request leaves the site's origin, no console errors, and
// axe-core finds no WCAG 2.1 A/AA violations, in light and dark colour schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sidor } from '../lib/site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function besok(page: Page, path: string) {
  const utomstaende: string[] = [];
  const konsolfel: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !u.protocol.startsWith('data')) utomstaende.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && konsolfel.push(m.text()));
  page.on('pageerror', (e) => konsolfel.push(e.message));
  const svar = await page.goto(path, { waitUntil: 'load' });
  return { svar, utomstaende, konsolfel };
}

for (const path of sidor()) {
  test(`${path} loads nothing from elsewhere and passes axe in light and dark`, async ({ page }) => {
    test.slow(); // axe over a long page, twice, on a 2-core machine
    const { svar, utomstaende, konsolfel } = await besok(page, path);
    expect(svar?.status(), path).toBe(200);
    expect(utomstaende).toEqual([]);
    expect(konsolfel).toEqual([]);
    await expect(page.locator('h1')).toHaveCount(1);
    // Every rule in the light scheme; the dark scheme changes only colours, so contrast is what
    // needs checking again there.
    for (const schema of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: schema });
      const axe = new AxeBuilder({ page });
      const res = await (schema === 'light' ? axe.withTags(WCAG) : axe.withRules(['color-contrast'])).analyze();
      expect(res.violations.map((v) => `${schema}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader can go from the start page to a council through the menus', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sjukvårdsregioner' }).click();
    await expect(page.locator('h1')).toHaveText('Sjukvårdsregioner');
    await page.locator('main .cards a').first().click();
    await expect(page.locator('.breadcrumb')).toContainText('Sjukvårdsregioner');
    const region = page.locator('main dl.facts').getByRole('link').first();
    const namn = await region.textContent();
    await region.click();
    await expect(page.locator('h1')).toHaveText(namn!.trim());
  });

  test('the header search is a plain form that reaches the A–Ö list', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).first().fill('cancerråd');
    await page.getByRole('button', { name: 'Sök' }).first().click();
    await expect(page).toHaveURL(/\/sok\/\?q=cancerr/);
    await expect(page.getByRole('heading', { name: 'Allt på webbplatsen, A–Ö' })).toBeVisible();
    expect(await page.locator('.az a').count()).toBeGreaterThan(20);
  });
});
