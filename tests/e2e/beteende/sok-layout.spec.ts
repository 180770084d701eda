// The search page on a phone does not jump while Pagefind loads and the results and filters
// appear: cumulative layout shift (PerformanceObserver "layout-shift") at most 0.1, as Core Web
// Vitals call good, and the page's controls at least 24 × 24 px (WCAG 2.2 target size, minimum).
import { expect, test } from '@playwright/test';

const FRAGOR = ['cancervården', 'Cancerrådet i Ett', 'RCC', 'xyzzyqwerty'];

test.use({ viewport: { width: 360, height: 740 } });

for (const q of FRAGOR) {
  test(`"${q}" at 360 px: layout shift at most 0.1 while the results appear`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#sokstatus')).toContainText(/träff/, { timeout: 20_000 });
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    expect(cls, `CLS ${cls.toFixed(3)}`).toBeLessThanOrEqual(0.1);
  });
}

test('every control on /sok/ at 360 px is at least 24 px high and wide, or inline in text', async ({ page }) => {
  await page.goto('/sok/?q=cancerv%C3%A5rden');
  await expect(page.locator('#sokstatus')).toContainText(/träff/, { timeout: 20_000 });
  await page.locator('#sokfiltersummering').click();
  const sma = await page.locator('main input, main button, main summary, main select, main label:has(input)').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ e: e.outerHTML.slice(0, 80), r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ e, r }) => `${e} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(sma).toEqual([]);
});
