// Pages for patient organisations, on the built site: where patients have a seat (derived from
// the composition categories in content/), whom to contact about what, goals explained in plain
// words, and every plan's plain-language summary above the fold on a phone.
import { expect, test } from '@playwright/test';
import { vagLank } from '../../../src/lib/graph/patient.ts';
import { html, huvud, lankar, poster, text } from '../../lib/site.ts';

const PATIENTKATEGORIER = ['patient', 'narstaende'];
const harPatientplats = (d: any) => (d.uppdrag?.sammansattning ?? []).some((r: any) => PATIENTKATEGORIER.includes(r.kategori));
const lankarI = (h: string, id: string) => {
  const m = new RegExp(`<li id="id-${id}">([\\s\\S]*?)</li>\\s*(?=<li id="id-|</ul>\\s*(?:<h|</section))`).exec(h);
  return m?.[1] ? lankar(m[1]) : [];
};
const stad = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Visible text, with inline links and abbreviations unwrapped so that "RCC:s" stays one word. */
const lasbar = (h: string) => stad(text(h.replace(/<\/?(a|abbr|span)\b[^>]*>/g, '')));

test('every body whose composition gives patients or relatives a seat is on /patientmedverkan/, and links back', () => {
  const forvantade = poster('organ').filter((o) => harPatientplats(o.data)).map((o) => o.id).sort();
  expect(forvantade.length, 'innehållet har inga organ med patientplatser').toBeGreaterThan(0);
  const sida = huvud(html('/patientmedverkan/'));
  const visade = [...sida.matchAll(/<li id="id-([^"]+)">/g)].map((m) => m[1]).sort();
  expect(visade).toEqual(forvantade);
  for (const id of forvantade) {
    expect(lankarI(sida, id), `/patientmedverkan/ länkar inte till /organ/${id}/`).toContain(`/organ/${id}/`);
    expect(lankar(html(`/organ/${id}/`)), `/organ/${id}/ länkar inte tillbaka`).toContain(`/patientmedverkan/#id-${id}`);
  }
  for (const o of poster('organ').filter((x) => !harPatientplats(x.data)))
    expect(lankar(html(`/organ/${o.id}/`))).not.toContain(`/patientmedverkan/#id-${o.id}`);
});

test('each body on /patientmedverkan/ shows its patient seats in the source’s words, the number where given, and a source', () => {
  const sida = huvud(html('/patientmedverkan/'));
  for (const o of poster('organ').filter((x) => harPatientplats(x.data))) {
    const rader = o.data.uppdrag.sammansattning.filter((r: any) => PATIENTKATEGORIER.includes(r.kategori));
    const m = new RegExp(`<li id="id-${o.id}">[\\s\\S]*?</dl>`).exec(sida);
    expect(m, o.id).toBeTruthy();
    const t = lasbar(m![0]);
    for (const r of rader) expect(t).toContain(stad(r.text));
    if (rader.every((r: any) => typeof r.antal === 'number')) {
      const n = rader.reduce((s: number, r: any) => s + r.antal, 0);
      expect(t).toContain(n === 1 ? '1 plats' : `${n} platser`);
    }
    expect(lankar(m![0]).some((l) => l.startsWith('/kallor/'))).toBe(true);
  }
});

test('/patientmedverkan/ groups bodies by level and then by region or healthcare region', async ({ page }) => {
  await page.goto('/patientmedverkan/');
  const nivaer = await page.locator('main h2').allTextContents();
  const ordning = ['Nationell nivå', 'Sjukvårdsregion', 'Region'];
  expect(nivaer.length).toBeGreaterThan(0);
  expect([...nivaer].sort((a, b) => ordning.indexOf(a) - ordning.indexOf(b))).toEqual(nivaer);
  for (const o of poster('organ').filter((x) => harPatientplats(x.data) && x.data.niva !== 'nationell')) {
    const plats = o.data.niva === 'region' ? `/regioner/${o.data.region}/` : `/sjukvardsregioner/${o.data.sjukvardsregion}/`;
    // The nearest place heading above the body links to its region or healthcare region.
    const rubrik = page.locator(`#id-${o.id}`).locator('xpath=preceding::h3[1]/a');
    await expect(rubrik).toHaveAttribute('href', plats);
  }
});

test('/kontakt/ lists, for each question, every body whose content says it handles the question, with organisational contact routes only', async ({ page }) => {
  await page.goto('/kontakt/');
  const fragor = new Set(poster('organ').flatMap((o) => (o.data.fragor ?? []).map((f: any) => f.fraga)));
  expect(fragor.size).toBeGreaterThan(0);
  for (const f of fragor) {
    const sektion = page.locator(`section#id-${f}`);
    await expect(sektion).toHaveCount(1);
    const hrefs = await sektion.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const o of poster('organ').filter((x) => (x.data.fragor ?? []).some((q: any) => q.fraga === f))) {
      expect(hrefs, `${o.id} saknas under ${f}`).toContain(`/organ/${o.id}/`);
      for (const q of o.data.fragor.filter((x: any) => x.fraga === f)) expect(hrefs).toContain(`/kallor/${q.kalla}/`);
    }
  }
  for (const v of poster('vardprogram').filter((x) => x.data.typ === 'svf' || x.data.typ === 'nationellt-vardprogram'))
    for (const a of v.data.ansvariga ?? []) await expect(page.locator(`main a[href="/organ/${a}/"]`).first()).toBeVisible();
  // Every outside link, number and mailbox is a route the content gives a body, never anything else.
  const alla = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const vagar = new Set(poster('organ').flatMap((o) => [o.data.webbplats, ...(o.data.kontakt ?? []).map((v: any) => vagLank(v.slag, v.varde))]).filter(Boolean));
  const externa = alla.filter((h) => /^(https?|mailto|tel):/.test(h));
  expect(externa.length).toBeGreaterThan(0);
  for (const h of externa) expect(vagar.has(h), `${h} är inte en kontaktväg ur innehållet`).toBe(true);
  await expect(page.getByText('Se organets sida')).toHaveCount(0);
});

test('/nationellt/ and every plan page explain each goal in plain words, with the bodies working toward it and its source', () => {
  const planer = poster('planer');
  const nationella = new Set(planer.filter((p) => p.data.niva === 'nationell').map((p) => p.id));
  const mal = poster('mal');
  expect(mal.some((m) => nationella.has(m.data.plan) && m.data.sammanfattning)).toBe(true);
  for (const m of mal) {
    const sidorna = [`/planer/${m.data.plan}/`, ...(nationella.has(m.data.plan) ? ['/nationellt/'] : [])];
    for (const s of sidorna) {
      const h = huvud(html(s));
      const li = new RegExp(`<li><p class="goal-title"><a href="/mal/${m.id}/">[\\s\\S]*?</li>\\s*(?=<li><p class="goal-title"|</ol>)`).exec(h);
      expect(li, `${m.id} saknas på ${s}`).toBeTruthy();
      if (m.data.sammanfattning) expect(lasbar(li![0])).toContain(stad(m.data.sammanfattning));
      for (const k of m.data.kallor) expect(lankar(li![0])).toContain(`/kallor/${k}/`);
      for (const o of poster('organ').filter((x) => (x.data.mal ?? []).includes(m.id))) expect(lankar(li![0])).toContain(`/organ/${o.id}/`);
    }
  }
});

test('abbreviations on the patient pages are explained at first use and link to the glossary', () => {
  const termer = poster('ordlista').filter((t) => /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]+$/.test(t.data.term));
  const sidor = ['/patientmedverkan/', '/kontakt/', '/nationellt/', ...poster('planer').map((p) => `/planer/${p.id}/`)];
  let kontrollerade = 0;
  for (const s of sidor) {
    const h = huvud(html(s));
    // Like the marking itself: the heading, menus and link texts are left alone (no abbr inside a link).
    const lopande = text(h.replace(/<h1[\s\S]*?<\/h1>|<nav[\s\S]*?<\/nav>|<p class="synonymer"[\s\S]*?<\/p>/g, '').replace(/<a\b(?![^>]*class="term")[^>]*>[\s\S]*?<\/a>/g, ' '));
    for (const t of termer) {
      if (!new RegExp(`(?<![\\p{L}\\p{N}])${t.data.term}(?![\\p{L}\\p{N}])`, 'u').test(lopande)) continue;
      kontrollerade++;
      expect(h, `${t.data.term} förklaras inte på ${s}`).toContain(`<a href="/ordlista/#id-${t.id}" class="term"><abbr title="${t.data.expansion}">${t.data.term}</abbr></a>`);
    }
  }
  expect(kontrollerade).toBeGreaterThan(0);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('every plan page shows its plain-language summary above the fold', async ({ page }, info) => {
    const planer = poster('planer');
    expect(planer.length).toBeGreaterThan(0);
    for (const p of planer) {
      await page.goto(`/planer/${p.id}/`);
      const lead = page.locator('main p.lead').first();
      await expect(lead).toHaveText(stad(p.data.sammanfattning));
      const box = await lead.boundingBox();
      expect(box, p.id).toBeTruthy();
      expect(box!.y, `${p.id}: sammanfattningen börjar nedanför skärmen`).toBeLessThan(640);
      expect(box!.y + box!.height, `${p.id}: sammanfattningen slutar nedanför skärmen`).toBeLessThanOrEqual(640);
    }
    const langst = [...planer].sort((a, b) => b.data.sammanfattning.length - a.data.sammanfattning.length)[0];
    expect(langst, 'minst en plan').toBeDefined();
    if (!langst) return;
    await page.goto(`/planer/${langst.id}/`);
    await page.screenshot({ path: info.outputPath('plan-360.png') });
  });
});
