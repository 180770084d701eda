// The start page on the fixture site: the regions card lists every region, linked, with its own
// bodies under it; a region in two healthcare regions says which part belongs where, in the card
// of regions and in each healthcare region's card where it appears.
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { poster } from '../../lib/site.ts';

const regioner = poster('regioner', FIXTUR.content);
const organ = poster('organ', FIXTUR.content);

test('the regions card lists every region with its bodies, and explains a split region', async ({ page }) => {
  await page.goto('/');
  const kort = page.locator('.levels section:has(h3 a[href="/regioner/"])');
  await expect(kort.locator('h3')).toHaveText(`${regioner.length} regioner`);
  for (const r of regioner) {
    const rad = kort.locator(`li:has(> a[href="/regioner/${r.id}/"])`);
    await expect(rad, r.id).toHaveCount(1);
    for (const o of organ.filter((o) => o.data.niva === 'region' && o.data.region === r.id)) await expect(rad.locator(`a[href="/organ/${o.id}/"]`)).toBeVisible();
    const svr = r.data.sjukvardsregioner as { id: string; del?: string }[];
    if (svr.length < 2) continue;
    for (const s of svr) {
      await expect(rad.locator(`a[href="/sjukvardsregioner/${s.id}/"]`), `${r.id} → ${s.id}`).toBeVisible();
      if (s.del) await expect(rad).toContainText(s.del);
      // In the healthcare region's own card, the region is linked with its part there.
      const svrKort = page.locator(`.cards > li:has(h3 a[href="/sjukvardsregioner/${s.id}/"])`);
      await expect(svrKort.locator(`a[href="/regioner/${r.id}/"]`)).toBeVisible();
      if (s.del) await expect(svrKort).toContainText(s.del);
    }
  }
  expect(regioner.some((r) => r.data.sjukvardsregioner.length > 1), 'the fixture has a split region').toBe(true);
});
