// On paper, every page (one of each template of the fixture site) carries the site's name and the
// page's own address at the top, and every source it cites is followed by the source's address:
// its web address, or for a file the address of its page on the site.
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { poster, sidor } from '../../lib/site.ts';
import { sv } from '../../../src/i18n/sv/index.ts';

test('every template prints with the site name, the page address and the addresses of its sources', async ({ page }) => {
  test.setTimeout(180_000);
  // "/organ/x/" and "/organ/y/" are one template; "/sjukvardsregioner/x/organisation/" another.
  const mallar = new Map<string, string>();
  for (const p of sidor(FIXTUR.rot.dist)) {
    const mall = p.split('/').filter(Boolean).map((d, i) => (i === 0 ? d : '*')).join('/');
    if (!mallar.has(mall)) mallar.set(mall, p);
  }
  expect(mallar.size).toBeGreaterThan(15);
  const adress = new Map(poster('kallor', FIXTUR.content).map((k) => [k.id, (k.data.adress as string | undefined) ?? `${FIXTUR.SITE}/kallor/${k.id}/`]));
  await page.emulateMedia({ media: 'print' });
  let kallhanvisningar = 0;
  for (const p of mallar.values()) {
    await page.goto(p);
    const huvud = page.locator('.print-header');
    await expect(huvud, p).toBeVisible();
    await expect(huvud, p).toContainText(sv.webbplats.namn);
    await expect(huvud, p).toContainText(`${FIXTUR.SITE}${p.replace(/\.html$/, '')}`);
    // A change history links back to its own entry: navigation, not a source it cites.
    if (p.startsWith('/historik/')) continue;
    const lankar = await page.locator('main a[href^="/kallor/"]:visible').evaluateAll((as) =>
      (as as HTMLAnchorElement[])
        .map((a) => ({ id: a.pathname.split('/').filter(Boolean)[1], efter: getComputedStyle(a, '::after').content }))
        .filter((l) => l.id !== undefined),
    );
    for (const l of lankar) expect(l.efter, `${p} → ${l.id}`).toContain(adress.get(l.id!)!);
    kallhanvisningar += lankar.length;
  }
  expect(kallhanvisningar, 'the pages cite sources').toBeGreaterThan(mallar.size);
});
