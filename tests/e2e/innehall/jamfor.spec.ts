// /jamfor/ as a reader uses it: tick bodies, press "Jämför", and the comparison comes into view
// with the focus; on a phone and on paper every chosen body is shown, stacked one after another.
import { expect, test } from '@playwright/test';

async function valj(page: import('@playwright/test').Page, n: number): Promise<string[]> {
  await page.goto('/jamfor/');
  const rutor = page.locator('#jamfor-formular input[name=id]');
  await expect(rutor.first()).toBeVisible();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    await rutor.nth(i * 3).check();
    ids.push((await rutor.nth(i * 3).getAttribute('value'))!);
  }
  return ids;
}

test('the primary button is "Jämför": it shows the comparison and moves the focus there', async ({ page }) => {
  const ids = await valj(page, 3);
  const knapp = page.getByRole('button', { name: 'Jämför', exact: true });
  await expect(knapp).toHaveAttribute('type', 'submit');
  await expect(page.getByRole('button', { name: 'Rensa valet' })).toHaveClass(/secondary/);
  await knapp.click();
  await expect(page.locator('#jamfor-resultat')).toBeFocused();
  await expect(page.locator('#jamfor-resultat')).toBeInViewport();
  for (const id of ids) await expect(page.locator(`#jamfor-resultat th[data-id="${id}"]`)).toHaveCount(1);
});

test('the comparison prints every chosen body, stacked', async ({ page }) => {
  const ids = await valj(page, 5);
  await page.getByRole('button', { name: 'Jämför', exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#jamfor-resultat table')).toBeHidden();
  for (const id of ids) await expect(page.locator(`#jamfor-resultat .compare-stacked section[data-id="${id}"] h3`)).toBeVisible();
  await expect(page.locator('.print-header')).toBeVisible();
  await expect(page.locator('.print-header')).toContainText('/jamfor/');
});

test('a comparison of every body of a type prints every body', async ({ page }) => {
  await page.goto('/jamfor/');
  // The type with the most bodies.
  const typer = await page.locator('.type-list li').evaluateAll((li) => li.map((l) => ({ href: l.querySelector('a')!.getAttribute('href')!, n: Number(/(\d+) organ/.exec(l.textContent ?? '')?.[1] ?? 0) })));
  const typ = typer.sort((a, b) => b.n - a.n)[0]!.href;
  await page.goto(typ);
  const n = await page.locator('.compare thead th[data-id]').count();
  expect(n).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.compare-stacked section :is(h2, h3):visible')).toHaveCount(n);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  test('every chosen body is shown, stacked, without sideways scroll', async ({ page }) => {
    const ids = await valj(page, 4);
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    for (const id of ids) await expect(page.locator(`#jamfor-resultat .compare-stacked section[data-id="${id}"] h3`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
