// The interactive structure views on the fixture site: choosing bodies to compare (kept in the
// address), the timeline filters, and the organisation chart's boxes as links with visible focus.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { html, huvud, poster, text } from '../../lib/site.ts';

test.describe('mandates side by side', () => {
  test('the chosen bodies are restored from the address and the address follows the choice', async ({ page }) => {
    const [a, b, c] = ['rcc-alfa', 'nationellt-rad', 'cancerradet-ett'];
    await page.goto(`/jamfor/?id=${a}&id=${b}`);
    const tabell = page.locator('#jamfor-resultat table');
    await expect(tabell).toBeVisible();
    const kolumner = () => tabell.locator('thead th[data-id]').evaluateAll((th) => th.map((x) => x.getAttribute('data-id')));
    expect(await kolumner()).toEqual([a, b]);
    await expect(page.locator(`#val-${a}`)).toBeChecked();
    await expect(page.locator(`#val-${b}`)).toBeChecked();
    await expect(page.locator(`#val-${c}`)).not.toBeChecked();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // every cell left belongs to a chosen body
    expect(await tabell.locator('[data-id]').evaluateAll((x) => [...new Set(x.map((e) => e.getAttribute('data-id')))].sort())).toEqual([a, b].sort());

    await page.locator(`#val-${c}`).check();
    await expect(page).toHaveURL(new RegExp(`\\?id=${a}&id=${b}&id=${c}$`));
    expect(await kolumner()).toEqual([a, b, c]);
    await page.reload();
    expect(await kolumner()).toEqual([a, b, c]);

    await page.locator(`#val-${a}`).uncheck();
    await page.locator(`#val-${b}`).uncheck();
    await expect(page).toHaveURL(new RegExp(`\\?id=${c}$`));
    await expect(tabell).toHaveCount(0);
    await expect(page.locator('#jamfor-status')).not.toBeEmpty();
  });

  test('without JavaScript the picker stays hidden and the type tables are reachable', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('/jamfor/');
    await expect(page.locator('#jamfor-val')).toBeHidden();
    await page.locator('main a[href="/jamfor/cancerrad/"]').first().click();
    await expect(page.locator('main table caption')).toBeVisible();
    await expect(page.locator('main table th[data-id="cancerradet-ett"]')).toHaveCount(1);
    await ctx.close();
  });
});

test.describe('timeline', () => {
  const handelser = () => [...huvud(html('/tidslinje/', FIXTUR.rot.dist)).matchAll(/<li data-niva="([^"]+)" data-platser(?:="([^"]*)")?>/g)];

  test('the filter by place keeps strictly fewer events, only its own, and lives in the address', async ({ page }) => {
    const alla = handelser();
    const iAlfa = alla.filter(([, , platser = '']) => platser.split(' ').includes('svr-alfa')).length;
    expect(iAlfa).toBeGreaterThan(0);
    expect(iAlfa).toBeLessThan(alla.length);
    await page.goto('/tidslinje/?plats=svr-alfa');
    await expect(page.locator('#filter-plats')).toHaveValue('svr-alfa');
    const synliga = page.locator('.timeline > li:visible');
    await expect(synliga).toHaveCount(iAlfa);
    for (const p of await synliga.evaluateAll((l) => l.map((x) => x.getAttribute('data-platser')))) expect(p!.split(' ')).toContain('svr-alfa');
    await page.locator('#filter-niva').selectOption('region');
    await expect(page).toHaveURL(/niva=region/);
    await expect(page).toHaveURL(/plats=svr-alfa/);
    const regionala = alla.filter(([, niva, platser = '']) => niva === 'region' && platser.split(' ').includes('svr-alfa')).length;
    expect(regionala).toBeLessThan(iAlfa);
    await expect(page.locator('.timeline > li:visible')).toHaveCount(regionala);
    for (const n of await page.locator('.timeline > li:visible').evaluateAll((l) => l.map((x) => x.getAttribute('data-niva')))) expect(n).toBe('region');
    await page.locator('#filter-plats').selectOption('');
    await page.locator('#filter-niva').selectOption('');
    await expect(page.locator('.timeline > li:visible')).toHaveCount(alla.length);
  });
});

test('each event on the timeline cites only its own source, or says that it has none', () => {
  const sida = huvud(html('/tidslinje/', FIXTUR.rot.dist));
  const handelse = (id: string, datum: string) =>
    [...sida.matchAll(/<li data-niva[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!).find((x) => x.includes(`href="/organ/${id}/"`) && x.includes(`datetime="${datum}"`)) ?? '';
  const kallor = (x: string) => [...x.matchAll(/href="(\/kallor\/[^"]+)"/g)].map((m) => m[1]);
  // the founding names its own source among the body's two
  expect(kallor(handelse('cancerradet-ett', '2015'))).toEqual(['/kallor/k-gammal/']);
  // the change of name its own
  expect(kallor(handelse('cancerradet-ett', '2022-03-01'))).toEqual(['/kallor/k1/']);
  // the decision has none of its own: no source is cited, and the line says so
  const beslut = handelse('cancerradet-ett', '2021-09-22');
  expect(kallor(beslut)).toEqual([]);
  expect(text(beslut)).toContain('anges inte för just det här datumet');
});

test.describe('organisation charts', () => {
  test('a box in the chart takes the reader to the body', async ({ page }) => {
    await page.goto('/sjukvardsregioner/alfa/organisation/');
    const ruta = page.locator('svg a[href="/organ/rcc-alfa/"]');
    await expect(ruta).toHaveAttribute('aria-label', /^RCC Alfa/);
    await ruta.click();
    await expect(page).toHaveURL(/\/organ\/rcc-alfa\/$/);
    await expect(page.locator('h1')).toHaveText('RCC Alfa');
  });

  test('on a wide screen a box in a chart shows where the keyboard focus is', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/nationellt/organisation/');
    await page.locator('svg a').first().focus();
    const stil = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
    expect(stil).toBe(true);
  });

  // Every healthcare region of the fixture corpus, with its member regions from their own files.
  const regionerI = (svr: string) => poster('regioner', FIXTUR.content).filter((r) => r.data.sjukvardsregioner.some((s: { id: string }) => s.id === svr)).map((r) => r.id);
  const svrer = poster('sjukvardsregioner', FIXTUR.content).map((s) => s.id);

  for (const svr of svrer)
    test(`on a wide screen the chart of ${svr} has a box for every member region, under the national level`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/sjukvardsregioner/${svr}/organisation/`);
      const bild = page.locator('.orgchart svg');
      await expect(bild).toBeVisible();
      const rutor = await bild.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(regionerI(svr).length).toBeGreaterThan(0);
      for (const r of regionerI(svr)) expect(rutor, r).toContain(`/regioner/${r}/`);
      // The chain goes on up: the national level is the first column, left of the healthcare region.
      const x = async (href: string) => (await bild.locator(`a[href="${href}"] rect`).boundingBox())!.x;
      expect(await x('/nationellt/')).toBeLessThan(await x(`/sjukvardsregioner/${svr}/`));
      expect(await x(`/sjukvardsregioner/${svr}/`)).toBeLessThan(await x(`/regioner/${regionerI(svr)[0]}/`));
      // In the list too: the healthcare region inside the national level, every region inside it.
      const lista = page.locator('#schema-lista + ul.tree');
      /** The links of the list items a link stands inside, nearest first. */
      const kedja = (href: string) =>
        lista.locator(`a[href="${href}"]`).evaluate((a) => {
          const ut: (string | null | undefined)[] = [];
          for (let li = a.parentElement?.parentElement?.closest('li'); li; li = li.parentElement?.closest('li')) ut.push(li.querySelector(':scope > a')?.getAttribute('href'));
          return ut;
        });
      for (const r of regionerI(svr)) expect(await kedja(`/regioner/${r}/`)).toEqual([`/sjukvardsregioner/${svr}/`, '/nationellt/']);
    });

  test('a council that reports to its RCC stays under its region, with a line to the RCC', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/sjukvardsregioner/alfa/organisation/');
    const radet = poster('organ', FIXTUR.content).find((o) => o.data.niva === 'region' && o.data.rapporterarTill?.length)!;
    const [region, over] = [radet.data.region, radet.data.rapporterarTill[0]];
    await expect(page.locator(`#schema-lista + ul li:has(> a[href="/regioner/${region}/"]) > ul > li > a[href="/organ/${radet.id}/"]`)).toHaveCount(1);
    await expect(page.locator(`#schema-lista + ul li:has(> a[href="/organ/${radet.id}/"]) > .meta a[href="/organ/${over}/"]`)).toHaveCount(1);
    const box = async (href: string) => (await page.locator(`.orgchart svg a[href="${href}"] rect`).boundingBox())!;
    const [r, o] = [await box(`/organ/${radet.id}/`), await box(`/organ/${over}/`)];
    // A solid line leaves the right edge of the body above and ends at the council's left edge.
    const svg = (await page.locator('.orgchart svg').boundingBox())!;
    const linjer = await page.locator('.orgchart .linjer path:not(.ocksa)').evaluateAll((p) => p.map((x) => x.getAttribute('d')!));
    const tal = (d: string) => d.split(/[\sA-Z]+/).filter(Boolean).map(Number);
    const nara = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1;
    expect(linjer.some((d) => nara(tal(d)[0], o.x - svg.x + o.width) && nara(tal(d).at(-2), r.x - svg.x))).toBe(true);
  });

  for (const bredd of [320, 360])
    test(`at ${bredd} px the charts lead with the list, without sideways scrolling, also without JavaScript`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: { width: bredd, height: 640 }, javaScriptEnabled: false });
      const page = await ctx.newPage();
      for (const p of ['/nationellt/organisation/', ...svrer.map((s) => `/sjukvardsregioner/${s}/organisation/`)]) {
        await page.goto(p);
        await expect(page.locator('.orgchart svg'), p).toBeHidden();
        await expect(page.locator('#schema-lista + ul.tree a').first(), p).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(bredd);
        for (const a of await page.locator('#schema-lista + ul.tree a').all()) expect(((await a.boundingBox())!.x + (await a.boundingBox())!.width), p).toBeLessThanOrEqual(bredd);
      }
      await ctx.close();
    });
});

test('a region in two healthcare regions shows both, on its page and in its breadcrumb', async ({ page }) => {
  const delade = poster('regioner', FIXTUR.content).filter((r) => r.data.sjukvardsregioner.length > 1);
  expect(delade.length).toBeGreaterThan(0);
  for (const r of delade) {
    await page.goto(`/regioner/${r.id}/`);
    for (const s of r.data.sjukvardsregioner as { id: string }[]) {
      await expect(page.locator(`.breadcrumb a[href="/sjukvardsregioner/${s.id}/"]`), `${r.id}: brödsmulan`).toHaveCount(1);
      await expect(page.locator(`main a[href="/sjukvardsregioner/${s.id}/"]`).first(), `${r.id}: sidan`).toBeVisible();
    }
  }
});
