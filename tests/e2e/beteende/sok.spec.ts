// Search behaviour on the fixture site: filters narrow to what they name and live in the address,
// typing updates the address, no hits are announced, and without JavaScript the A–Ö list remains.
// Expectations come from tests/fixtures/mini, not from the real content.
import { expect, test, type Page } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { poster } from '../../lib/site.ts';

const organ = poster('organ', FIXTUR.content);

async function traffar(page: Page, q: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#sokstatus')).toContainText(/träff/, { timeout: 20_000 });
  return page.locator('#soktraffar > li > h3 > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('a body ranks first for its own name, with its type, level and region and a highlighted excerpt', async ({ page }) => {
  const t = await traffar(page, 'Cancerrådet i Ett');
  expect(t[0]).toBe('/organ/cancerradet-ett/');
  const forsta = page.locator('#soktraffar > li').first();
  await expect(forsta.locator('.meta')).toHaveText(/^Cancerråd · Region · Region Ett$/);
  await expect(forsta.locator('mark').first()).toBeVisible();
});

test('the type filter keeps only that type, strictly fewer than without it, and lives in the address', async ({ page }) => {
  const utan = await traffar(page, 'cancervården');
  const typ = page.getByRole('group', { name: 'Typ' });
  const etikett = await typ.locator('label', { hasText: /^Cancerråd \(/ }).textContent();
  const antal = Number(/\((\d+)\)/.exec(etikett!)![1]);
  // The fixture has one council among several hits: a filter that did nothing would keep them all.
  expect(antal).toBe(organ.filter((o) => o.data.typ === 'cancerrad').length);
  expect(utan.length).toBeGreaterThan(antal);
  await typ.getByRole('checkbox', { name: /^Cancerråd \(/ }).check();
  await expect(page).toHaveURL(/typ=Cancerr%C3%A5d/);
  await expect(page.locator('#sokstatus')).toContainText(`${antal} träff`);
  const med = await page.locator('#soktraffar > li .meta').allTextContents();
  expect(med.length).toBe(antal);
  expect(med.length).toBeLessThan(utan.length);
  for (const m of med) expect(m).toMatch(/^Cancerråd · /);

  // The address restores both query and filter.
  await page.goto(page.url());
  await expect(page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).last()).toHaveValue('cancervården');
  await expect(typ.getByRole('checkbox', { name: /^Cancerråd \(/ })).toBeChecked();
  await expect(page.locator('#sokstatus')).toContainText(`${antal} träff`);
});

test('the region filter keeps only that region, strictly fewer than without it', async ({ page }) => {
  const utan = await traffar(page, 'cancervården');
  await page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Region Ett \(/ }).check();
  await expect(page).toHaveURL(/region=Region\+Ett|region=Region%20Ett/);
  await expect
    .poll(async () => {
      const t = await page.locator('#soktraffar > li').allTextContents();
      return t.length > 0 && t.length < utan.length && t.every((m) => m.includes('Region Ett'));
    }, { timeout: 20_000 })
    .toBe(true);
});

test('typing updates the address so that it can be shared', async ({ page }) => {
  await page.goto('/sok/');
  await expect(page.locator('#sokresultat')).toBeVisible({ timeout: 20_000 });
  await page.locator('#sok-q').fill('handlingsplan');
  await expect(page).toHaveURL(/\?q=handlingsplan/);
  await expect(page.locator('#sokstatus')).toContainText('träff');
  await expect(page.locator('#soktraffar > li > h3 > a').first()).toHaveAttribute('href', '/planer/plan-region/');
});

test('the result count is announced politely and a query with no hits says so', async ({ page }) => {
  await page.goto('/sok/?q=xyzzyqwerty');
  await expect(page.locator('#sokstatus')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#sokstatus')).toContainText('Inga träffar');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the A–Ö list on /sok/ links every body, plan, goal, care programme and term', async ({ page }) => {
    await page.goto('/sok/');
    const lankar = new Set(await page.locator('.az a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)));
    const alla = ['organ', 'planer', 'mal', 'vardprogram'].flatMap((s) => poster(s, FIXTUR.content).map((p) => `/${s}/${p.id}/`));
    alla.push(...poster('ordlista', FIXTUR.content).map((p) => `/ordlista/#id-${p.id}`));
    expect(alla.length).toBeGreaterThan(5);
    expect(alla.filter((u) => !lankar.has(u))).toEqual([]);
  });

  test('the header search is a plain form that reaches the A–Ö list', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).first().fill('cancerråd');
    await page.getByRole('button', { name: 'Sök' }).first().click();
    await expect(page).toHaveURL(/\/sok\/\?q=cancerr/);
    await expect(page.getByRole('heading', { name: 'Allt på webbplatsen, A–Ö' })).toBeVisible();
    await expect(page.locator('.az a[href="/organ/cancerradet-ett/"]')).toHaveCount(1);
  });
});
