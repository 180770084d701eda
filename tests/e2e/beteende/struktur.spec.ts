// The interactive structure views on the fixture site: choosing bodies to compare (kept in the
// address), the timeline filters, and the organisation chart's boxes as links with visible focus.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { html, huvud, text } from '../../lib/site.ts';

test.describe('mandates side by side', () => {
  test('the chosen bodies are restored from the address and the address follows the choice', async ({ page }) => {
    const [a, b, c] = ['rcc-alfa', 'nationellt-rad', 'cancerradet-ett'];
    await page.goto(`/jamfor/?id=${a}&id=${b}`);
    const tabell = page.locator('#jamfor-resultat table');
    await expect(tabell).toBeVisible();
    const kolumner = () => tabell.locator('thead th[data-id]').evaluateAll((th) => th.map((x) => x.getAttribute('data-id')));
    expect(await kolumner()).toEqual([a, b]);
    await expect(page.locator(`#val-${a}`)).toBeChecked();
    await expect(page.locator(`#val-${b}`)).toBeChecked();
    await expect(page.locator(`#val-${c}`)).not.toBeChecked();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // every cell left belongs to a chosen body
    expect(await tabell.locator('[data-id]').evaluateAll((x) => [...new Set(x.map((e) => e.getAttribute('data-id')))].sort())).toEqual([a, b].sort());

    await page.locator(`#val-${c}`).check();
    await expect(page).toHaveURL(new RegExp(`\\?id=${a}&id=${b}&id=${c}$`));
    expect(await kolumner()).toEqual([a, b, c]);
    await page.reload();
    expect(await kolumner()).toEqual([a, b, c]);

    await page.locator(`#val-${a}`).uncheck();
    await page.locator(`#val-${b}`).uncheck();
    await expect(page).toHaveURL(new RegExp(`\\?id=${c}$`));
    await expect(tabell).toHaveCount(0);
    await expect(page.locator('#jamfor-status')).not.toBeEmpty();
  });

  test('without JavaScript the picker stays hidden and the type tables are reachable', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('/jamfor/');
    await expect(page.locator('#jamfor-val')).toBeHidden();
    await page.locator('main a[href="/jamfor/cancerrad/"]').first().click();
    await expect(page.locator('main table caption')).toBeVisible();
    await expect(page.locator('main table th[data-id="cancerradet-ett"]')).toHaveCount(1);
    await ctx.close();
  });
});

test.describe('timeline', () => {
  const handelser = () => [...huvud(html('/tidslinje/', FIXTUR.rot.dist)).matchAll(/<li data-niva="([^"]+)" data-platser="([^"]*)">/g)];

  test('the filter by place keeps strictly fewer events, only its own, and lives in the address', async ({ page }) => {
    const alla = handelser();
    const iAlfa = alla.filter(([, , platser = '']) => platser.split(' ').includes('svr-alfa')).length;
    expect(iAlfa).toBeGreaterThan(0);
    expect(iAlfa).toBeLessThan(alla.length);
    await page.goto('/tidslinje/?plats=svr-alfa');
    await expect(page.locator('#filter-plats')).toHaveValue('svr-alfa');
    const synliga = page.locator('.timeline > li:visible');
    await expect(synliga).toHaveCount(iAlfa);
    for (const p of await synliga.evaluateAll((l) => l.map((x) => x.getAttribute('data-platser')))) expect(p!.split(' ')).toContain('svr-alfa');
    await page.locator('#filter-niva').selectOption('region');
    await expect(page).toHaveURL(/niva=region/);
    await expect(page).toHaveURL(/plats=svr-alfa/);
    const regionala = alla.filter(([, niva, platser = '']) => niva === 'region' && platser.split(' ').includes('svr-alfa')).length;
    expect(regionala).toBeLessThan(iAlfa);
    await expect(page.locator('.timeline > li:visible')).toHaveCount(regionala);
    for (const n of await page.locator('.timeline > li:visible').evaluateAll((l) => l.map((x) => x.getAttribute('data-niva')))) expect(n).toBe('region');
    await page.locator('#filter-plats').selectOption('');
    await page.locator('#filter-niva').selectOption('');
    await expect(page.locator('.timeline > li:visible')).toHaveCount(alla.length);
  });
});

test('each event on the timeline cites only its own source, or says that it has none', () => {
  const sida = huvud(html('/tidslinje/', FIXTUR.rot.dist));
  const handelse = (id: string, datum: string) =>
    [...sida.matchAll(/<li data-niva[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!).find((x) => x.includes(`href="/organ/${id}/"`) && x.includes(`datetime="${datum}"`)) ?? '';
  const kallor = (x: string) => [...x.matchAll(/href="(\/kallor\/[^"]+)"/g)].map((m) => m[1]);
  // the founding names its own source among the body's two
  expect(kallor(handelse('cancerradet-ett', '2015'))).toEqual(['/kallor/k-gammal/']);
  // the change of name its own
  expect(kallor(handelse('cancerradet-ett', '2022-03-01'))).toEqual(['/kallor/k1/']);
  // the decision has none of its own: no source is cited, and the line says so
  const beslut = handelse('cancerradet-ett', '2021-09-22');
  expect(kallor(beslut)).toEqual([]);
  expect(text(beslut)).toContain('anges inte för just det här datumet');
});

test.describe('organisation charts', () => {
  test('a box in the chart takes the reader to the body', async ({ page }) => {
    await page.goto('/sjukvardsregioner/alfa/organisation/');
    const ruta = page.locator('svg a[href="/organ/rcc-alfa/"]');
    await expect(ruta).toHaveAttribute('aria-label', /^RCC Alfa/);
    await ruta.click();
    await expect(page).toHaveURL(/\/organ\/rcc-alfa\/$/);
    await expect(page.locator('h1')).toHaveText('RCC Alfa');
  });

  test('at 320 px a box in a chart shows where the keyboard focus is', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/nationellt/organisation/');
    await page.locator('svg a').first().focus();
    const stil = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
    expect(stil).toBe(true);
  });
});
