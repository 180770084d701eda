// Keyboard, small screens and print: the skip link comes first, focus is always visible, no page
// scrolls sideways at 320 px, and printed pages keep content and sources but drop navigation.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { poster, sidor } from '../lib/site';

const exempel = () => {
  const forsta = (s: string) => poster(s).map((p) => `/${s}/${p.id}/`).sort()[0];
  return ['/', forsta('organ'), forsta('planer'), forsta('regioner')];
};

test('tab order reaches the skip link first, then the header search, then the main content', async ({ page }) => {
  await page.goto(exempel()[1]);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Hoppa till innehållet');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#innehall$/);
  await page.goto(exempel()[1]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('type', 'search');
});

test('every focusable element shows a visible focus indicator', async ({ page }) => {
  await page.goto(exempel()[1]);
  const antal = await page.locator('a[href], button, input').count();
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

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls horizontally', async ({ page }) => {
    test.setTimeout(300_000);
    const fel: string[] = [];
    for (const s of sidor()) {
      await page.goto(s);
      const [bredd, synlig] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (bredd > synlig) fel.push(`${s}: ${bredd}px`);
    }
    expect(fel).toEqual([]);
  });
});

test('printed pages keep the content and sources and leave out navigation and search', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'utskrift-'));
  for (const s of exempel().slice(1)) {
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
