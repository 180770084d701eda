// Contact routes on the fixture site: every route a body's content gives (web page, switchboard,
// functional mailbox) stands on the body's page and on /kontakt/, linked, with its source and the
// source's date, and is marked "kan vara inaktuell" exactly when that source is old. A route for
// one question stands under that question only. Expectations come from tests/fixtures/mini.
import { expect, test, type Locator } from '@playwright/test';
import { config } from '../../../src/config.ts';
import { vagLank } from '../../../src/lib/graph/patient.ts';
import { kallaArGammal } from '../../../src/lib/tid.ts';
import { FIXTUR } from '../../lib/bygg.ts';
import { poster } from '../../lib/site.ts';

const kallor = new Map(poster('kallor', FIXTUR.content).map((k) => [k.id, k.data]));
/** [body, route value, its link, question or none, whether its source is old] for every route. */
const VAGAR = poster('organ', FIXTUR.content).flatMap((o) =>
  (o.data.kontakt ?? []).map((v: any) => ({ organ: o.id, varde: String(v.varde), href: vagLank(v.slag, String(v.varde)), fraga: v.fraga as string | undefined, kalla: String(v.kalla), gammal: kallaArGammal(kallor.get(v.kalla)!, config.idag, config.kallaGammalAr) })),
);

async function vagen(inom: Locator, v: (typeof VAGAR)[number]) {
  const rad = inom.locator('li.contact-way', { has: inom.page().locator(`a[href="${v.href}"]`) });
  await expect(rad, `${v.organ}: ${v.varde}`).toHaveCount(1);
  await expect(rad.locator(`a[href="/kallor/${v.kalla}/"]`)).toHaveCount(1);
  await expect(rad).toContainText(/\d{4}|odaterad/);
  await expect(rad.locator('.tag', { hasText: 'kan vara inaktuell' })).toHaveCount(v.gammal ? 1 : 0);
}

test('the fixture has routes of more than one kind, from an old and a recent source', () => {
  expect(VAGAR.length).toBeGreaterThanOrEqual(2);
  expect(new Set(VAGAR.map((v) => v.gammal)).size).toBe(2);
  expect(VAGAR.some((v) => v.href.startsWith('mailto:'))).toBe(true);
});

test("every route stands on its body's page, linked, with its source, the source's date and the old-source mark", async ({ page }) => {
  for (const v of VAGAR) {
    await page.goto(`/organ/${v.organ}/`);
    await vagen(page.locator('main'), v);
  }
});

test('/kontakt/ lists every route under "Alla kontaktvägar", and a route for a question under that question only', async ({ page }) => {
  await page.goto('/kontakt/');
  await expect(page.getByText('Se organets sida')).toHaveCount(0);
  for (const v of VAGAR) {
    await vagen(page.locator('#alla-kontaktvagar'), v);
    const sektioner = await page.locator('main section[id^="id-"]').evaluateAll((s) => s.map((x) => x.id));
    for (const id of sektioner) {
      const har = await page.locator(`#${id} li.contact-way a[href="${v.href}"]`).count();
      if (v.fraga) expect(har, `${v.varde} under ${id}`).toBe(id === `id-${v.fraga}` ? 1 : 0);
    }
  }
});
