// The views that show the whole structure, on the built site: mandates side by side (/jamfor/),
// organisation charts, the timeline and figure series. Expectations come from content/, so the
// tests hold whatever the content says, and fail when a view leaves something out. How the views
// behave in the browser is tested on the fixture site (tests/e2e/beteende/struktur.spec.ts).
import { expect, test } from '@playwright/test';
import { finnsIDist, html, huvud, lankar, poster, sidor } from '../../lib/site.ts';

const organ = poster('organ');
const typer = [...new Set(organ.map((o) => o.data.typ as string))];

test.describe('mandates side by side', () => {
  test('every body type has a comparison page, linked from /jamfor/', () => {
    const index = lankar(huvud(html('/jamfor/')));
    for (const t of typer) {
      expect(finnsIDist(`/jamfor/${t}/`), t).toBe(true);
      expect(index, t).toContain(`/jamfor/${t}/`);
    }
  });

  test('the table for a type has one column for every body of that type, and no other', () => {
    for (const t of typer) {
      const sida = huvud(html(`/jamfor/${t}/`));
      const kolumner = [...sida.matchAll(/<th scope="col" data-id="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(kolumner, t).toEqual(organ.filter((o) => o.data.typ === t).map((o) => o.id).sort());
    }
  });

  test('the comparison tables have a caption and headers for rows and columns', () => {
    for (const t of typer) {
      const sida = huvud(html(`/jamfor/${t}/`));
      expect(sida, t).toMatch(/<caption>[^<]\S[\s\S]*?<\/caption>/);
      expect(sida, t).toContain('<th scope="row">');
      expect(sida, t).toMatch(/class="table-wrap compare" tabindex="0" role="region" aria-label="[^"]+"/);
    }
  });

  test('a body page links to the comparison of its type', () => {
    for (const o of organ) expect(lankar(huvud(html(`/organ/${o.id}/`))), o.id).toContain(`/jamfor/${o.data.typ}/`);
  });

});

test.describe('organisation charts', () => {
  const scheman = sidor().filter((p) => p.endsWith('/organisation/'));
  const svg = (p: string) => /<svg[\s\S]*?<\/svg>/.exec(huvud(html(p)))?.[0] ?? '';
  const lista = (p: string) => /id="schema-lista"[\s\S]*?(<ul[\s\S]*)<\/section>/.exec(huvud(html(p)))?.[1] ?? '';

  test('there is a chart for the national level and for every healthcare region', () => {
    expect(scheman).toContain('/nationellt/organisation/');
    for (const s of poster('sjukvardsregioner')) expect(scheman).toContain(`/sjukvardsregioner/${s.id}/organisation/`);
  });

  test('every box in every chart is a link with a name that resolves to a built page', () => {
    for (const p of scheman) {
      const bild = svg(p);
      const rutor = [...bild.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)];
      expect(rutor.length, p).toBeGreaterThan(0);
      expect(bild.match(/<rect\b/g)?.length, `${p}: en ruta utan länk`).toBe(rutor.length);
      for (const [, attr = ''] of rutor) {
        const href = /href="([^"]+)"/.exec(attr)?.[1];
        expect(href, p).toBeTruthy();
        expect(finnsIDist(href!), `${p} → ${href}`).toBe(true);
        expect(attr, `${p} → ${href}`).toMatch(/aria-label="[^"]+"/);
      }
    }
  });

  test('each chart has the same structure as a list beside it, with the same links', () => {
    for (const p of scheman) {
      const iBild = new Set(lankar(svg(p)));
      const iListan = new Set(lankar(lista(p)));
      expect(iListan.size, p).toBeGreaterThan(0);
      expect([...iBild].filter((h) => !iListan.has(h)), p).toEqual([]);
      expect(huvud(html(p)), p).toContain('<ul class="tree">');
    }
  });

  test('every body is in the chart of its level', () => {
    const regioner = new Map(poster('regioner').map((r) => [r.id, (r.data.sjukvardsregioner as { id: string }[]).map((s) => s.id)]));
    for (const o of organ) {
      const platser =
        o.data.niva === 'nationell' ? ['/nationellt/organisation/']
        : o.data.niva === 'sjukvardsregion' ? [`/sjukvardsregioner/${o.data.sjukvardsregion}/organisation/`]
        : o.data.sjukvardsregion ? [`/sjukvardsregioner/${o.data.sjukvardsregion}/organisation/`]
        : regioner.get(o.data.region)!.map((s) => `/sjukvardsregioner/${s}/organisation/`);
      for (const p of platser) {
        expect(lankar(svg(p)), `${o.id} i bilden på ${p}`).toContain(`/organ/${o.id}/`);
        expect(lankar(lista(p)), `${o.id} i listan på ${p}`).toContain(`/organ/${o.id}/`);
      }
    }
  });

});

test.describe('timeline', () => {
  const sida = () => huvud(html('/tidslinje/'));
  const handelser = () => [...sida().matchAll(/<li data-niva="([^"]+)" data-platser(?:="([^"]*)")?>([\s\S]*?)<\/li>/g)];

  test('every decision date of a body and every plan period is on the timeline', () => {
    const h = handelser().map(([, , , inne = '']) => inne);
    const med = (id: string, samling: string, datum: string) =>
      h.some((x) => x.includes(`href="/${samling}/${id}/"`) && x.includes(`datetime="${datum}"`));
    for (const o of organ) if (o.data.uppdrag?.beslut?.datum) expect(med(o.id, 'organ', String(o.data.uppdrag.beslut.datum)), o.id).toBe(true);
    // A period that starts with its decision or entry into force is one event, dated by either.
    for (const p of poster('planer'))
      if (p.data.period?.fran)
        expect([p.data.period.fran, p.data.beslutsdatum, p.data.ikraft].some((d) => d && med(p.id, 'planer', String(d))), p.id).toBe(true);
    for (const v of poster('vardprogram')) if (v.data.infort) expect(med(v.id, 'vardprogram', String(v.data.infort)), v.id).toBe(true);
  });

  test('each event links to its page and to its own source, and every link resolves', () => {
    for (const [, , , inne = ''] of handelser()) {
      const l = lankar(inne);
      expect(l.length).toBeGreaterThanOrEqual(2);
      // every event of the real content cites a source of its own (datumkallor or the entry's only source)
      expect(l.filter((x) => x.startsWith('/kallor/')), inne).toHaveLength(1);
      expect(inne).not.toContain('data-utan-kalla');
      for (const x of l) expect(finnsIDist(x), x).toBe(true);
    }
  });

  test('events are grouped by year, in order, with a year index', () => {
    const ar = [...sida().matchAll(/<h2 id="ar-(\d{4})">/g)].map((m) => Number(m[1]));
    expect(ar.length).toBeGreaterThan(1);
    expect(ar).toEqual([...ar].sort((a, b) => a - b));
    for (const a of ar) expect(lankar(sida())).toContain(`#ar-${a}`);
  });

});

test.describe('figure series', () => {
  const serier = new Map<string, number>();
  for (const n of poster('nyckeltal')) if (n.data.serie) serier.set(n.data.serie, (serier.get(n.data.serie) ?? 0) + 1);

  test('every series of two or more years has an accessible chart with its table on /nyckeltal/', () => {
    const sida = huvud(html('/nyckeltal/'));
    for (const [serie, antal] of serier) {
      if (antal < 2) continue;
      const figur = new RegExp(`<figure class="series" aria-labelledby="serie-${serie}-rubrik">([\\s\\S]*?)</figure>`).exec(sida)?.[1];
      expect(figur, serie).toBeTruthy();
      expect(figur).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="serie-${serie}-titel serie-${serie}-desc"`));
      expect(figur).toContain(`<title id="serie-${serie}-titel">`);
      expect(figur).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
      expect(figur!.match(/<rect\b/g)).toHaveLength(antal);
      expect(figur!.match(/<tr>\s*<th scope="row">/g) ?? figur!.match(/<th scope="row">/g)).toHaveLength(antal);
    }
  });
});

test('the new pages are in the list of pages that the crawl and the HTML checker visit', () => {
  const alla = sidor();
  expect(alla).toContain('/jamfor/');
  for (const t of typer) expect(alla).toContain(`/jamfor/${t}/`);
  expect(alla).toContain('/nationellt/organisation/');
  expect(alla).toContain('/tidslinje/');
});
