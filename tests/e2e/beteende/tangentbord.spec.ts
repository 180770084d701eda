// Keyboard, print and reading without JavaScript, on the fixture site: the skip link comes first,
// focus is always visible, printed pages keep content and sources but drop navigation, and the
// menus lead from the start page to a council.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ORGAN = '/organ/cancerradet-ett/';

test('tab order reaches the skip link first, then the header search, then the main content', async ({ page }) => {
  await page.goto(ORGAN);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Hoppa till innehållet');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#innehall$/);
  await page.goto(ORGAN);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('type', 'search');
});

test('every focusable element shows a visible focus indicator', async ({ page }) => {
  await page.goto(ORGAN);
  const antal = await page.locator('a[href], button, input').count();
  expect(antal).toBeGreaterThan(10);
  for (let i = 0; i < Math.min(antal, 40); i++) {
    await page.keyboard.press('Tab');
    const stil = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      const s = getComputedStyle(e);
      return { tag: e.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, skugga: s.boxShadow !== 'none' };
    });
    expect(stil.outline || stil.skugga, `fokus syns inte på ${stil.tag} nr ${i + 1}`).toBe(true);
  }
});

test('printed pages keep the content and sources and leave out navigation and search', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'utskrift-'));
  for (const s of [ORGAN, '/planer/plan-svr/', '/regioner/ett/']) {
    await page.goto(s);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'sida.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const h1 = (await page.locator('h1').textContent())!.trim();
    expect(text, s).toContain(h1.slice(0, 30));
    expect(text, s).toContain('Källor');
    expect(text, s).toContain('Senast granskad');
    for (const nav of ['Hoppa till innehållet', 'Tillgänglighetsredogörelse', 'Föreslå ändring', 'A–Ö och sök']) expect(text, `${s}: ${nav}`).not.toContain(nav);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader can go from the start page to a council through the menus', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Regioner', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Regioner');
    await page.locator('main a[href="/regioner/ett/"]').first().click();
    await expect(page.locator('.breadcrumb')).toContainText('Sjukvårdsregion Alfa');
    await expect(page.locator('h1')).toHaveText('Region Ett');
    await page.locator('main a[href="/organ/cancerradet-ett/"]').first().click();
    await expect(page.locator('h1')).toHaveText('Cancerrådet i Ett');
  });
});
