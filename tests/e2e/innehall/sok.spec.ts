// Search on the real site: for the ways people ask (names, abbreviations, their expansions,
// inflected forms, facts such as a figure or a place), the page they are after is among the first
// results. Filters, the address and the no-JS form are tested on the fixture site (beteende/sok).
import { expect, test, type Page } from '@playwright/test';
import { alla, html, lankar } from '../../lib/site.ts';

const FORSTA = 5;

/** [what a person types, the page (or one of the pages) that should come among the first results, why]. */
const FRAGOR: [string, string | string[], string][] = [
  ['Cancerrådet i Sörmland', '/organ/cancerradet-sormland/', 'full name'],
  ['cancerråd sörmland', '/organ/cancerradet-sormland/', 'uninflected form of "Cancerrådet"'],
  ['cancerrådet i värmland', '/organ/cancerradet-varmland/', 'definite form, lower case'],
  ['strategiskt cancerråd', '/organ/strategiskt-cancerrad-skane/', 'part of a name'],
  ['LPO cancersjukdomar', '/organ/strategiskt-cancerrad-skane/', 'the other name of the council'],
  ['RPO cancer', '/organ/rpo-cancer-stockholm-gotland/', 'abbreviation'],
  ['regionalt programområde cancer', '/organ/rpo-cancer-stockholm-gotland/', 'expansion of RPO'],
  ['RAG onkologi', '/organ/rag-onkologi-sydostra/', 'abbreviation'],
  ['arbetsgrupp onkologi', '/organ/rag-onkologi-sydostra/', 'expansion of RAG'],
  ['SVF', '/vardprogram/standardiserade-vardforlopp/', 'abbreviation'],
  ['standardiserat vårdförlopp', '/vardprogram/standardiserade-vardforlopp/', 'expansion of SVF, singular'],
  ['vårdprogrammen', '/vardprogram/nationella-vardprogram/', 'definite plural'],
  ['MPN', '/vardprogram/svf-mpn/', 'a care pathway by its abbreviation'],
  ['regionalt cancercentrum norr', '/organ/rcc-norr/', 'expansion of RCC'],
  ['RCC Syd', '/organ/rcc-syd/', 'abbreviation and place'],
  ['kunskapsstyrningsrådet', '/organ/kunskapsstyrningsradet-skane/', 'definite form of a body'],
  ['samverkansnämnden sydöstra', '/organ/samverkansnamnden-sydostra/', 'body and healthcare region'],
  ['Vägen framåt', '/planer/vagen-framat-2020-2022/', 'a plan by its name'],
  ['cancerplan 2024', '/planer/cancerplan-stockholm-gotland-2024-2027/', 'a plan by its year'],
  ['Malmö', '/organ/strategiskt-cancerrad-skane/', 'the place where the mandate was decided'],
  ['77', ['/organ/rpo-cancer-stockholm-gotland/', '/nyckeltal/'], 'a figure: 77 % of cases in SVF in 2022'],
  ['Landstinget Sörmland', '/regioner/sormland/', 'a region by its old name'],
  ['Värmland', '/regioner/varmland/', 'a region by name'],
  ['Uppsala-Örebro sjukvårdsregion', '/sjukvardsregioner/mellansverige/', 'a healthcare region by its old name'],
  ['levnadsvanor', '/organ/rpo-levnadsvanor-stockholm-gotland/', 'a programme area by its subject'],
];

async function traffar(page: Page, q: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  // Generous: on a loaded CI machine Pagefind's first load can take a while.
  await expect(page.locator('#sokstatus')).toContainText(/träff/, { timeout: 20_000 });
  return page.locator('#soktraffar > li > h3 > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const [q, sidor, varfor] of FRAGOR) {
  const godtagna = [sidor].flat();
  test(`"${q}" (${varfor}) finds ${godtagna.join(' or ')} among the first ${FORSTA}`, async ({ page }) => {
    const fel: string[] = [];
    page.on('console', (m) => m.type() === 'error' && fel.push(m.text()));
    page.on('pageerror', (e) => fel.push(e.message));
    const t = await traffar(page, q);
    expect(t.slice(0, FORSTA).filter((u) => godtagna.includes(u)), `träffar för "${q}": ${t.slice(0, FORSTA).join(', ')}`).not.toEqual([]);
    expect(fel).toEqual([]);
  });
}

test('a council ranks first for its own name', async ({ page }) => {
  for (const [q, sida] of [['Cancerrådet i Sörmland', '/organ/cancerradet-sormland/'], ['RAG onkologi', '/organ/rag-onkologi-sydostra/']] as const) {
    expect((await traffar(page, q))[0], q).toBe(sida);
  }
});

test('each result shows its type and level, a highlighted excerpt, and sections of long pages', async ({ page }) => {
  await traffar(page, 'Cancerrådet i Sörmland');
  const forsta = page.locator('#soktraffar > li').first();
  await expect(forsta.locator('.meta')).toHaveText(/Cancerråd · Region · Region Sörmland/);
  await expect(forsta.locator('mark').first()).toBeVisible();
  await traffar(page, 'uppdrag');
  await expect(page.locator('#soktraffar .sub-results a[href*="#"]').first()).toBeVisible();
});

test('the A–Ö list on /sok/ links every body, plan, goal, care programme and term of the content', () => {
  const az = /<[^>]*class="az"[\s\S]*$/.exec(html('/sok/'))?.[0] ?? '';
  const lankat = new Set(lankar(az));
  const poster = alla(['organ', 'planer', 'mal', 'vardprogram', 'ordlista']);
  expect(poster.length).toBeGreaterThan(100);
  expect(poster.filter((u) => !lankat.has(u))).toEqual([]);
});
