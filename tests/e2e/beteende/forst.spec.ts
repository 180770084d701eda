// Pages lead with the fact: at 360 px a body's page answers what it must do, who sits in it and
// whom it reports to in the first screen, before the lead; the notice about time is one quiet line
// with the full lines behind it, without JavaScript. Expectations come from the fixture corpus.
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { poster } from '../../lib/site.ts';

const organ = poster('organ', FIXTUR.content);
const FORSTA_SKARMEN = { width: 360, height: 740 };

test.use({ javaScriptEnabled: false, viewport: FORSTA_SKARMEN });

for (const o of organ)
  test(`${o.id}: the key facts stand in the first screen at 360 px, before the lead`, async ({ page }) => {
    await page.goto(`/organ/${o.id}/`);
    const fakta = page.locator('main dl.key-facts');
    await expect(fakta).toBeVisible();
    const rad = (rubrik: string) => fakta.locator(`dt:text-is("${rubrik}") + dd`);
    const syfte = o.data.uppdrag.syfte as string | undefined;
    if (syfte) await expect(rad('Syfte')).toContainText(syfte.split(/[.!?]/)[0]!.trim().split(' ').slice(0, 3).join(' '));
    for (const r of (o.data.rapporterarTill ?? []) as string[]) await expect(rad('Rapporterar till').locator(`a[href="/organ/${r}/"]`)).toBeVisible();
    if (o.data.uppdrag.sammansattning?.length || o.data.medlemmar?.length) await expect(rad('Vilka som ingår')).toBeVisible();
    const botten = await fakta.evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
    expect(botten, 'the key facts end within the first screen').toBeLessThanOrEqual(FORSTA_SKARMEN.height);
    // Before the lead paragraph, which comes after them.
    const foljer = await page.evaluate(() => {
      const [f, l] = [document.querySelector('main dl.key-facts'), document.querySelector('main p.lead')];
      return !l || !!(f && f.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(foljer).toBe(true);
  });

test('the notice about time is one quiet line; its full lines open without JavaScript', async ({ page }) => {
  let med = 0;
  for (const o of organ) {
    await page.goto(`/organ/${o.id}/`);
    const notis = page.locator('main [role="note"] details');
    if ((await notis.count()) === 0) continue;
    med++;
    const sammanfattning = notis.locator('summary');
    const { hojd, rad } = await sammanfattning.evaluate((s) => {
      const st = getComputedStyle(s);
      return { hojd: s.getBoundingClientRect().height, rad: Math.max(parseFloat(st.lineHeight) || parseFloat(st.fontSize) * 1.6, 24) };
    });
    expect(hojd, `${o.id}: one line`).toBeLessThan(rad * 1.5);
    const text = notis.locator('p').first();
    await expect(text).toBeHidden();
    await sammanfattning.click();
    await expect(text).toBeVisible();
    expect((await text.textContent())!.length).toBeGreaterThan((await sammanfattning.textContent())!.length);
  }
  expect(med, 'the fixture corpus has a body with an old source').toBeGreaterThan(0);
});
