// The built site against itself: every region page says what the sources name for it, a body has one
// name wherever the templates link it, the comparison shows what the body's page shows, and no page
// shows an internal file name. Reads dist/ and content/; no browser is needed.
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import { jamfor } from '../../../src/i18n/sv/jamfor.ts';
import { html, poster, sidor, text } from '../../lib/site.ts';

const tradar = new Map<string, Root>();
const trad = (sida: string): Root => {
  let t = tradar.get(sida);
  if (!t) tradar.set(sida, (t = fromHtml(html(sida))));
  return t;
};
const klasser = (e: Element): string[] => {
  const c = e.properties?.className;
  return Array.isArray(c) ? c.map(String) : [];
};
const hitta = (rot: Root | Element, ok: (e: Element) => boolean): Element[] => {
  const ut: Element[] = [];
  visitParents(rot, 'element', (e: Element) => {
    if (ok(e)) ut.push(e);
  });
  return ut;
};
const las = (n: Element | Root) => toText(n).replace(/\s+/g, ' ').trim();
const main = (sida: string): Element => hitta(trad(sida), (e) => e.tagName === 'main')[0]!;
/** The body id a link points to, for links to /organ/<id>/ (with or without a base path; not its change history). */
const organId = (e: Element): string | undefined => /(?<!\/historik)\/organ\/([^/#?]+)\/$/.exec(String(e.properties?.href ?? ''))?.[1];

const organ = poster('organ');
const regioner = poster('regioner');

test.describe('regionsidorna', () => {
  for (const r of regioner) {
    test(`${r.data.namn} länkar ett eget organ eller säger med datum att källorna inte nämner något och länkar organen som täcker regionen`, () => {
      const m = main(`/regioner/${r.id}/`);
      const lankade = new Set(hitta(m, (e) => e.tagName === 'a').map(organId).filter((x): x is string => !!x));
      const egna = organ.filter((o) => o.data.niva === 'region' && o.data.region === r.id);
      if (egna.some((o) => lankade.has(o.id))) return;
      expect(egna, `${r.id}: regionen har egna organ men sidan länkar inget av dem`).toEqual([]);
      const sektion = hitta(m, (e) => klasser(e).includes('inga-egna-organ'))[0];
      expect(sektion, `${r.id}: sidan säger inte vad källorna nämner`).toBeDefined();
      const datum = String(sektion!.properties?.dataEgnaOrganSokt ?? '');
      expect(datum, `${r.id}: egnaOrganSokt saknas i content/regioner/${r.id}.mdx`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const stycke = hitta(sektion!, (e) => e.tagName === 'p' && hitta(e, (t) => t.tagName === 'time').length > 0)[0];
      expect(stycke && las(stycke), `${r.id}: datumet står inte i meningen`).toMatch(/nämns inget eget råd/);
      expect(hitta(stycke!, (t) => t.tagName === 'time')[0]!.properties?.dateTime).toBe(datum);
      // Each of the region's healthcare regions (Halland has two) contributes a body that covers it.
      const iSektionen = new Set(hitta(sektion!, (e) => e.tagName === 'a').map(organId).filter((x): x is string => !!x));
      for (const s of r.data.sjukvardsregioner as { id: string }[]) {
        const tacker = organ.filter((o) => o.data.niva === 'sjukvardsregion' && o.data.sjukvardsregion === s.id);
        expect(tacker.some((o) => iSektionen.has(o.id)), `${r.id}: inget organ i sjukvårdsregionen ${s.id} länkas`).toBe(true);
      }
    });
  }
});

test('ett organ har samma namn överallt där sidorna länkar det', () => {
  const h1 = new Map(organ.map((o) => [o.id, las(hitta(main(`/organ/${o.id}/`), (e) => e.tagName === 'h1')[0]!)]));
  const fel: string[] = [];
  let lankar = 0;
  for (const sida of sidor()) {
    visitParents(trad(sida), 'element', (e: Element, forfader) => {
      const id = e.tagName === 'a' ? organId(e) : undefined;
      const namn = id && h1.get(id);
      if (!namn) return;
      // Links that editors write in prose may use a short form ("RCC Syd"); the templates may not.
      if (forfader.some((f) => f.type === 'element' && klasser(f).includes('prose'))) return;
      // A box in the organisation chart is named by its aria-label: the name, then the type.
      const aria = e.properties?.ariaLabel;
      const lanktext = typeof aria === 'string' ? aria : las(e);
      lankar++;
      if (lanktext !== namn && !lanktext.startsWith(`${namn}, `)) fel.push(`${sida}: "${lanktext}" för ${id} ("${namn}")`);
    });
  }
  expect(fel).toEqual([]);
  expect(lankar).toBeGreaterThan(organ.length * 3);
});

test('varje uppdragsfält som jämförelsen visar står likadant på organets egen sida', () => {
  const typer = [...new Set(organ.map((o) => o.data.typ as string))];
  let jamforda = 0;
  for (const typ of typer) {
    const rader = hitta(main(`/jamfor/${typ}/`), (e) => e.tagName === 'tr' && e.children.some((c) => c.type === 'element' && c.tagName === 'th' && c.properties?.scope === 'row'));
    for (const rad of rader) {
      const celler = rad.children.filter((c): c is Element => c.type === 'element');
      const falt = las(celler[0]!);
      for (const cell of celler.slice(1)) {
        const id = String(cell.properties?.dataId ?? '');
        const tom = cell.properties?.dataTom !== undefined;
        const sida = main(`/organ/${id}/`);
        // The key facts first (a purpose may stand there by its first sentence only), then the whole mandate.
        const varden = hitta(sida, (e) => e.tagName === 'dl' && klasser(e).includes('facts')).flatMap((dl) => {
          const barn = dl.children.filter((c): c is Element => c.type === 'element');
          return barn.flatMap((c, i) => (c.tagName === 'dt' && las(c) === falt && barn[i + 1] ? [barn[i + 1]!] : []));
        });
        if (falt === jamfor.plats || (varden.length === 0 && tom)) continue;
        expect(tom, `${id}: /jamfor/${typ}/ säger att "${falt}" saknas, men sidan har det`).toBe(false);
        expect(varden.length, `${id}: "${falt}" står i jämförelsen men inte på sidan`).toBeGreaterThan(0);
        // Abbreviations are explained the first time on each page, so compare without the explanations.
        const utan = (s: string) => s.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
        expect(varden.map((v) => utan(las(v))), `${id}: "${falt}"`).toContain(utan(las(cell)));
        jamforda++;
      }
    }
  }
  expect(jamforda).toBeGreaterThan(organ.length);
});

test('ingen sida visar ett internt filnamn', () => {
  const fel = sidor().flatMap((sida) => {
    const t = text(html(sida));
    return [...t.matchAll(/\d{3}_[0-9a-f]{16}\.txt|\bseed[\s_-]*\d{3}\b/gi)].map((m) => `${sida}: ${m[0]}`);
  });
  expect(fel).toEqual([]);
});
