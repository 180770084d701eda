// Time and certainty in the built site: a former name stands on the body's page with its date and
// source, every body shows its derived status, a member row from an undated source never shows a
// year, a council's chairs over time are listed, no page reads like a work log, at most one notice
// per page, and the change history is readable on a phone.
import { expect, test } from '@playwright/test';
import { tid } from '../../../src/i18n/sv/tid.ts';
import { html, poster, sidor, text } from '../../lib/site.ts';

const organ = poster('organ');
const kallor = new Map(poster('kallor').map((k) => [k.id, k.data]));

test('every former name of a body stands at the top of its page with its source, and the body is renamed', () => {
  const med = organ.filter((o) => (o.data.tidigareNamn ?? []).length > 0);
  expect(med.map((o) => o.id)).toEqual(expect.arrayContaining(['skr', 'rcc-mellansverige']));
  for (const o of med) {
    const h = html(`/organ/${o.id}/`);
    const liv = h.match(/<ul class="lifecycle">[\s\S]*?<\/ul>/)?.[0] ?? '';
    for (const t of o.data.tidigareNamn) {
      expect(text(liv), o.id).toContain(t.namn);
      if (t.kalla) expect(liv, o.id).toContain(`href="/kallor/${t.kalla}/"`);
    }
    expect(text(h), o.id).toMatch(new RegExp(`Status\\s+${tid.organstatus.bytteNamn}`));
  }
  expect(text(html('/organ/skr/'))).toContain('Hette Sveriges Kommuner och Landsting (SKL) till 27 november 2019.');
});

test('every body page shows a status derived from its dates', () => {
  const varden = Object.values(tid.organstatus);
  for (const o of organ) {
    const m = text(html(`/organ/${o.id}/`)).match(/Status\s+(Verksamt under nytt namn|[^\s]+(?: [^\s]+){0,4})/);
    expect(m, o.id).not.toBeNull();
    expect(varden.some((v) => m![1]!.startsWith(v)), `${o.id}: ${m![1]}`).toBe(true);
  }
});

test('a member row from an undated source shows "odaterad", never a year the source does not state', () => {
  let rader = 0;
  for (const o of organ) {
    const h = html(`/organ/${o.id}/`);
    const lista = h.match(/<ul class="members">[\s\S]*?<\/ul>/)?.[0] ?? '';
    for (const li of lista.match(/<li>[\s\S]*?<\/li>/g) ?? []) {
      const id = li.match(/href="\/kallor\/([^/]+)\/"/)?.[1];
      const k = id && kallor.get(id);
      if (!k || k.datum) continue;
      rader++;
      expect(text(li), `${o.id}: ${id}`).toContain(tid.odaterad);
      expect(text(li), `${o.id}: ${id}`).not.toMatch(/enligt källan, \d{4}/);
    }
  }
  expect(rader).toBeGreaterThan(5);
});

test('a council whose sources name two chairs lists both over time, each with its source', () => {
  const s = html('/organ/cancerradet-uppsala/').match(/<section aria-labelledby="roller-rubrik"[\s\S]*?<\/section>/)?.[0] ?? '';
  expect(text(s)).toContain('Vem var ordförande när');
  expect(s).toContain('data-person="martin-hoglund"');
  expect(s).toContain('data-person="ingrid-glimelius"');
  expect(text(s)).toContain(tid.oenighet);
  const v = text(html('/organ/vardprogramgrupp-matstrupe-magsack/').match(/<section aria-labelledby="roller-rubrik"[\s\S]*?<\/section>/)?.[0] ?? '');
  expect(v.indexOf('Michael Hermansson')).toBeLessThan(v.indexOf('Eva Szabo'));
  expect(v).toContain('till 12 oktober 2021');
  expect(v).toContain('från 12 oktober 2021');
});

test('no page reads like a work log, and no page has more than one notice', () => {
  for (const s of sidor().filter((p) => !p.startsWith('/historik/'))) {
    const h = html(s);
    expect(text(h), s).not.toMatch(/har inte kunnat (bekräftas|kontrolleras)/);
    expect((h.match(/class="notice"/g) ?? []).length, s).toBeLessThanOrEqual(1);
  }
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  test('the headings of the change history are smaller than a section heading', async ({ page }) => {
    await page.goto('/historik/organ/skr/');
    const storlek = (sel: string) => page.locator(sel).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const andring = await storlek('.history > li > h2');
    const rubrik = await storlek('main h1');
    expect(andring).toBeLessThanOrEqual(17);
    expect(andring).toBeLessThan(rubrik);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
