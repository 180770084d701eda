// The header menu on a phone: a disclosure that works without JavaScript and reaches every
// section of the main navigation, without the page scrolling sideways.
import { expect, test } from '@playwright/test';

test.describe('without JavaScript at 320 px', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  test('the header menu opens and reaches every section of the main navigation', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const meny = nav.locator('details.menu');
    await expect(meny.locator('summary')).toBeVisible();
    // The wide row is not shown beside it: each section once.
    await expect(nav.locator('.menu-wide')).toBeHidden();
    await meny.locator('summary').click();
    const lankar = meny.locator('a');
    const hrefs = await nav.locator('.menu-wide a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(6);
    expect(await lankar.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(hrefs);
    for (let i = 0; i < hrefs.length; i++) {
      const a = lankar.nth(i);
      await expect(a).toBeVisible();
      const box = (await a.boundingBox())!;
      expect(box.height, `${hrefs[i]} touch target`).toBeGreaterThanOrEqual(24);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await lankar.nth(hrefs.length - 1).click();
    await expect(page).toHaveURL(new RegExp(`${hrefs[hrefs.length - 1]}$`));
  });
});

test('on a wide screen the main navigation is one visible row, without the disclosure', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.locator('details.menu')).toBeHidden();
  for (const a of await nav.locator('.menu-wide a').all()) await expect(a).toBeVisible();
});
