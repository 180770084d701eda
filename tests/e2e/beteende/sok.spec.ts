// Search behaviour on the fixture site: filters narrow to what they name and live in the address,
// typing updates the address, no hits are announced, and without JavaScript the A–Ö list remains.
// Expectations come from tests/fixtures/mini, not from the real content.
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { html, poster, sidor, text } from '../../lib/site.ts';
import { indexeradText, pagefindsOrdning, sok as traffar } from '../../lib/pagefind.ts';

const organ = poster('organ', FIXTUR.content);

test('a body ranks first for its own name, with its type, level and region and a highlighted excerpt', async ({ page }) => {
  const t = await traffar(page, 'Cancerrådet i Ett');
  expect(t[0]).toBe('/organ/cancerradet-ett/');
  const forsta = page.locator('#soktraffar > li').first();
  await expect(forsta.locator('.meta')).toHaveText(/^Cancerråd · Region · Region Ett$/);
  await expect(forsta.locator('mark').first()).toBeVisible();
});

/** Every body's name, and queries whose hits include a source, a region and definition lists. */
const NAMN = organ.map((o) => String(o.data.namn));
const FRAGOR = [...NAMN, 'Testregionen', 'Region Ett', 'Landstinget Ett', 'cancervården', 'handlingsplan', 'RCC'];
/** Words run together: "UtgivareRegion", "sedan1", "MDKmultidisciplinär". */
const HOPSKRIVET = /\p{Ll}\p{Lu}|\p{Ll}\d|\p{Lu}{2,}\p{Ll}{3,}/u;

test('excerpts and labels read as text: no words run together, no label part repeated, no bare word lists', async ({ page }) => {
  let sedda = 0;
  for (const q of FRAGOR) {
    await traffar(page, q);
    const rader = await page.locator('#soktraffar > li').evaluateAll((ls) =>
      ls.map((l) => ({ url: l.querySelector('a')!.getAttribute('href'), meta: l.querySelector('.meta')?.textContent ?? '', utdrag: l.querySelector(':scope > p:not(.meta)')?.textContent ?? '' })),
    );
    for (const r of rader) {
      const vad = `"${q}" → ${r.url}`;
      expect(r.utdrag, vad).not.toMatch(HOPSKRIVET);
      expect(r.utdrag, vad).not.toContain(' · ');
      const delar = r.meta.split(' · ').filter(Boolean);
      expect(new Set(delar).size, `${vad}: ${r.meta}`).toBe(delar.length);
      sedda += 1;
    }
  }
  expect(sedda).toBeGreaterThan(FRAGOR.length);
});

test("for each body's name Pagefind itself ranks no source record first, before the page reorders anything", async ({ page }) => {
  await page.goto('/sok/');
  const forsta = await pagefindsOrdning(page, NAMN);
  for (const q of NAMN) {
    expect(forsta[q]!.length, q).toBeGreaterThan(0);
    expect(forsta[q]![0], `${q}: ${forsta[q]!.slice(0, 3).join(', ')}`).not.toMatch(/\/kallor\//);
  }
  // The fixture's source names every body in its text: it is found, only lower.
  expect(Object.values(forsta).some((u) => u.some((x) => x.includes('/kallor/')))).toBe(true);
});

test('the line saying that a page’s newest source is old is on the page, but not in its search text', async ({ page }) => {
  const RAD = /Sidans nyaste källa: .+? Uppgifterna kan ha ändrats sedan dess\./;
  const medRad = sidor(FIXTUR.rot.dist)
    .map((url) => ({ url, h: html(url, FIXTUR.rot.dist) }))
    // Pages in the search index (the component gallery for editors is not).
    .filter(({ h }) => h.includes('data-pagefind-body') && RAD.test(text(h.match(/<main[\s\S]*<\/main>/)?.[0] ?? '')))
    .map(({ url, h }) => ({ url, titel: text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(h)![1]!) }));
  // The fixture has entries whose newest source is old (k-gammal): one page would do.
  expect(medRad.length).toBeGreaterThan(0);
  await page.goto('/sok/');
  const texter = await indexeradText(page, medRad);
  medRad.forEach(({ url, titel }, i) => {
    expect(texter[i], `"${titel}" hittar ${url}`).toBeDefined();
    expect(texter[i], url).not.toContain('Sidans nyaste källa');
    expect(texter[i], url).not.toContain('kan ha ändrats sedan dess');
  });
});

test('the type filter keeps only that type, strictly fewer than without it, and lives in the address', async ({ page }) => {
  const utan = await traffar(page, 'cancervården');
  const typ = page.getByRole('group', { name: 'Typ' });
  const etikett = await typ.locator('label', { hasText: /^Cancerråd \(/ }).textContent();
  const antal = Number(/\((\d+)\)/.exec(etikett!)![1]);
  // The fixture has one council among several hits: a filter that did nothing would keep them all.
  expect(antal).toBe(organ.filter((o) => o.data.typ === 'cancerrad').length);
  expect(utan.length).toBeGreaterThan(antal);
  await typ.getByRole('checkbox', { name: /^Cancerråd \(/ }).check();
  await expect(page).toHaveURL(/typ=Cancerr%C3%A5d/);
  await expect(page.locator('#sokstatus')).toHaveText(new RegExp(`^${antal} träff`));
  const med = await page.locator('#soktraffar > li .meta').allTextContents();
  expect(med.length).toBe(antal);
  expect(med.length).toBeLessThan(utan.length);
  for (const m of med) expect(m).toMatch(/^Cancerråd · /);

  // The address restores both query and filter.
  await page.goto(page.url());
  await expect(page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).last()).toHaveValue('cancervården');
  await expect(typ.getByRole('checkbox', { name: /^Cancerråd \(/ })).toBeChecked();
  await expect(page.locator('#sokstatus')).toHaveText(new RegExp(`^${antal} träff`));
});

test('the region filter keeps only that region, strictly fewer than without it', async ({ page }) => {
  const utan = await traffar(page, 'cancervården');
  await page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Region Ett \(/ }).check();
  await expect(page).toHaveURL(/region=Region\+Ett|region=Region%20Ett/);
  await expect
    .poll(async () => {
      const t = await page.locator('#soktraffar > li').allTextContents();
      return t.length > 0 && t.length < utan.length && t.every((m) => m.includes('Region Ett'));
    }, { timeout: 20_000 })
    .toBe(true);
});

test('two values of one filter never give fewer results than one of them, and the counts say so', async ({ page }) => {
  await traffar(page, 'cancervården');
  const typ = page.getByRole('group', { name: 'Typ' });
  const rutor = typ.getByRole('checkbox');
  expect(await rutor.count()).toBeGreaterThanOrEqual(2);
  const antal = async () => Number(/(\d+) träff/.exec((await page.locator('#sokstatus').textContent()) ?? '')?.[1] ?? 0);
  const forsta = (await rutor.nth(0).getAttribute('value'))!;
  const andra = (await rutor.nth(1).getAttribute('value'))!;
  const alla = await antal();
  // The label of the second value says how many it adds before it is ticked.
  await rutor.nth(0).check();
  await expect(page).toHaveURL(/typ=/);
  // A hit has one type, so one of two values keeps fewer; until then the status is the old one.
  await expect.poll(antal, { timeout: 20_000 }).toBeLessThan(alla);
  const en = await antal();
  expect(en).toBeGreaterThan(0);
  const etikett = await typ.locator(`label[for$="${andra.replace(/[^\w-]/g, '_')}"]`).textContent();
  const utlovat = Number(/\((\d+)\)\s*$/.exec(etikett ?? '')?.[1]);
  await typ.getByRole('checkbox', { name: new RegExp(`^${andra} \\(`) }).check();
  await expect.poll(antal, { timeout: 20_000 }).toBeGreaterThan(en);
  const tva = await antal();
  expect(tva).toBe(en + utlovat);
  expect(new URL(page.url()).searchParams.getAll('typ').sort()).toEqual([forsta, andra].sort());
});

test('filter values with no hits for the query are not offered', async ({ page }) => {
  await traffar(page, 'Cancerrådet i Ett');
  const etiketter = await page.locator('#sokfilter label').allTextContents();
  expect(etiketter.length).toBeGreaterThan(0);
  expect(etiketter.filter((e) => /\(0\)$/.test(e))).toEqual([]);
});

test('on a phone the results come first: filters behind "Filtrera", no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await traffar(page, 'cancervården');
  const filter = page.locator('#sokfilterruta');
  await expect(filter).not.toHaveAttribute('open', '');
  await expect(page.locator('#sokfiltersummering')).toHaveText(/^Filtrera/);
  const box = await page.locator('#soktraffar > li').first().boundingBox();
  expect(box!.y).toBeLessThan(640);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.locator('#sokfiltersummering').click();
  await page.getByRole('group', { name: 'Typ' }).getByRole('checkbox').first().check();
  await expect(page.locator('#sokfiltersummering')).toHaveText('Filtrera (1)');
});

test('the header search field is filled with the query and the two search landmarks have distinct names', async ({ page }) => {
  await traffar(page, 'handlingsplan');
  await expect(page.locator('#sidhuvud-sok')).toHaveValue('handlingsplan');
  const namn = await page.locator('[role=search]').evaluateAll((f) => f.map((x) => x.getAttribute('aria-label')));
  expect(namn.length).toBe(2);
  expect(new Set(namn).size).toBe(2);
  expect(namn.every(Boolean)).toBe(true);
});

test('a glossary term answers above the results', async ({ page }) => {
  const ord = poster('ordlista', FIXTUR.content)[0]!;
  await traffar(page, String(ord.data.term));
  const svar = page.locator('#sokord');
  await expect(svar).toBeVisible();
  await expect(svar).toContainText(String(ord.data.expansion));
  await expect(svar.locator(`a[href="/ordlista/#id-${ord.id}"]`)).toHaveCount(1);
});

test('no hits gives next steps: the A–Ö list and where care programmes are published', async ({ page }) => {
  await page.goto('/sok/?q=xyzzyqwerty');
  await expect(page.locator('#sokstatus')).toContainText('Inga träffar');
  const hjalp = page.locator('#sokhjalp');
  await expect(hjalp).toBeVisible();
  await expect(hjalp.locator('a[href="#a-o"]')).toHaveCount(1);
});

test('typing updates the address so that it can be shared', async ({ page }) => {
  await page.goto('/sok/');
  await expect(page.locator('#sokresultat')).toBeVisible({ timeout: 20_000 });
  await page.locator('#sok-q').fill('handlingsplan');
  await expect(page).toHaveURL(/\?q=handlingsplan/);
  await expect(page.locator('#sokstatus')).toContainText('träff');
  await expect(page.locator('#soktraffar > li > h3 > a').first()).toHaveAttribute('href', '/planer/plan-region/');
});

test('the result count is announced politely and a query with no hits says so', async ({ page }) => {
  await page.goto('/sok/?q=xyzzyqwerty');
  await expect(page.locator('#sokstatus')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#sokstatus')).toContainText('Inga träffar');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the A–Ö list on /sok/ links every body, plan, goal, care programme and term', async ({ page }) => {
    await page.goto('/sok/');
    const lankar = new Set(await page.locator('.az a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)));
    const alla = ['organ', 'planer', 'mal', 'vardprogram'].flatMap((s) => poster(s, FIXTUR.content).map((p) => `/${s}/${p.id}/`));
    alla.push(...poster('ordlista', FIXTUR.content).map((p) => `/ordlista/#id-${p.id}`));
    expect(alla.length).toBeGreaterThan(5);
    expect(alla.filter((u) => !lankar.has(u))).toEqual([]);
  });

  test('/sok/ says once that live search needs JavaScript and shows no empty results area', async ({ page }) => {
    await page.goto('/sok/?q=cancerr%C3%A5d');
    await expect(page.getByText('behöver JavaScript')).toHaveCount(1);
    await expect(page.getByText('behöver JavaScript')).toBeVisible();
    await expect(page.locator('#sokresultat')).toBeHidden();
  });

  test('the header search is a plain form that reaches the A–Ö list', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).first().fill('cancerråd');
    await page.getByRole('button', { name: 'Sök' }).first().click();
    await expect(page).toHaveURL(/\/sok\/\?q=cancerr/);
    await expect(page.getByRole('heading', { name: 'Allt på webbplatsen, A–Ö' })).toBeVisible();
    await expect(page.locator('.az a[href="/organ/cancerradet-ett/"]')).toHaveCount(1);
  });
});
