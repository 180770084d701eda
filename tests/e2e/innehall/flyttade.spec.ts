// Renamed entries keep their old addresses: each old address sends the reader to the new page at
// once, says so in Swedish with a link, and is kept out of search engines.
import { expect, test } from '@playwright/test';
import { FLYTTADE } from '../../../src/flyttade.ts';
import { finnsIDist, html } from '../../lib/site.ts';

test('every old address of a renamed entry leads to its new page', () => {
  expect(FLYTTADE.length).toBeGreaterThan(0);
  for (const f of FLYTTADE) {
    const gammal = `/${f.samling}/${f.fran}/`;
    const ny = `/${f.samling}/${f.till}/`;
    expect(finnsIDist(ny), ny).toBe(true);
    const sida = html(gammal);
    expect(sida, gammal).toContain(`<meta http-equiv="refresh" content="0; url=${ny}">`);
    expect(sida, gammal).toContain('<meta name="robots" content="noindex">');
    expect(sida, gammal).toMatch(new RegExp(`<a href="${ny}">[^<]+</a>`));
  }
});

test('a reader who opens an old address lands on the new page', async ({ page }) => {
  const f = FLYTTADE[0]!;
  await page.goto(`/${f.samling}/${f.fran}/`);
  await expect(page).toHaveURL(new RegExp(`/${f.samling}/${f.till}/$`));
  await expect(page.locator('h1')).not.toHaveText('Sidan har flyttat');
});
