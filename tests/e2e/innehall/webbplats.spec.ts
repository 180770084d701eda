// The built site as a whole: every entry has its page, every link and anchor resolves, every
// relation is shown on both sides, and every entry page has breadcrumb, sources and review date.
import { expect, test } from '@playwright/test';
import { SAMLINGAR_MED_SIDOR, finnsIDist, html, huvud, ider, lankar, poster, sidor, text } from '../../lib/site.ts';

const sida = (samling: string, id: string) => `/${samling}/${id}/`;
const ankareSida = (samling: string, id: string) => `/${samling}/#id-${id}`;
const refId = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const lista = (v: unknown): string[] => (Array.isArray(v) ? v.map(refId).filter((x): x is string => !!x) : refId(v) ? [refId(v)!] : []);

test('every entry of every collection has its own page', () => {
  const byggda = new Set(sidor());
  for (const samling of SAMLINGAR_MED_SIDOR) {
    const alla = poster(samling);
    expect(alla.length, `${samling} är tom`).toBeGreaterThan(0);
    for (const p of alla) expect(byggda.has(sida(samling, p.id)), `${sida(samling, p.id)} saknas`).toBe(true);
  }
});

test('people, terms and figures have an anchor on their list page', () => {
  for (const [samling, lsida] of [['personer', '/personer/'], ['ordlista', '/ordlista/'], ['nyckeltal', '/nyckeltal/']] as const) {
    const id = ider(html(lsida));
    for (const p of poster(samling)) expect(id.has(`id-${p.id}`), `${lsida}#id-${p.id} saknas`).toBe(true);
  }
});

test('every internal link and anchor on every page resolves', () => {
  const fel: string[] = [];
  const idCache = new Map<string, Set<string>>();
  for (const s of sidor()) {
    for (const href of lankar(html(s))) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const abs = new URL(href, `http://x${s}`);
      const path = abs.pathname;
      if (!finnsIDist(path)) {
        fel.push(`${s} → ${href}`);
        continue;
      }
      if (abs.hash && path.endsWith('/')) {
        if (!idCache.has(path)) idCache.set(path, ider(html(path)));
        if (!idCache.get(path)!.has(decodeURIComponent(abs.hash.slice(1)))) fel.push(`${s} → ${href} (ankaret saknas)`);
      }
    }
  }
  expect(fel).toEqual([]);
});

/** Relations written once in content, and the page pairs that must both show them. */
const RELATIONER: { fran: string; falt: (d: any) => string[]; till: string; namn: string; baklanges?: boolean }[] = [
  { fran: 'regioner', falt: (d) => (d.sjukvardsregioner ?? []).map((s: any) => s.id), till: 'sjukvardsregioner', namn: 'region ↔ sjukvårdsregion' },
  { fran: 'organ', falt: (d) => lista(d.rapporterarTill), till: 'organ', namn: 'rapporterar till ↔ rapporterar hit' },
  { fran: 'organ', falt: (d) => lista(d.delAv), till: 'organ', namn: 'del av ↔ ingår här' },
  { fran: 'organ', falt: (d) => (d.niva === 'region' ? lista(d.region) : []), till: 'regioner', namn: 'organ ↔ region' },
  { fran: 'organ', falt: (d) => (d.niva === 'sjukvardsregion' ? lista(d.sjukvardsregion) : []), till: 'sjukvardsregioner', namn: 'organ ↔ sjukvårdsregion' },
  { fran: 'organ', falt: (d) => lista(d.planer), till: 'planer', namn: 'organ ↔ plan' },
  { fran: 'organ', falt: (d) => lista(d.mal), till: 'mal', namn: 'organ ↔ mål' },
  { fran: 'planer', falt: (d) => lista(d.byggerPa), till: 'planer', namn: 'bygger på ↔ planer som bygger på' },
  { fran: 'mal', falt: (d) => lista(d.plan), till: 'planer', namn: 'mål ↔ plan' },
  { fran: 'mal', falt: (d) => lista(d.bidrarTill), till: 'mal', namn: 'bidrar till ↔ bidrar hit' },
  { fran: 'vardprogram', falt: (d) => lista(d.ansvariga), till: 'organ', namn: 'vårdprogram ↔ ansvarig' },
];

for (const r of RELATIONER) {
  test(`the relation ${r.namn} is shown on both pages`, () => {
    const fel: string[] = [];
    let antal = 0;
    for (const p of poster(r.fran)) {
      const a = sida(r.fran, p.id);
      for (const mal of r.falt(p.data)) {
        antal++;
        const b = sida(r.till, mal);
        if (!lankar(huvud(html(a))).includes(b)) fel.push(`${a} länkar inte till ${b}`);
        if (!lankar(huvud(html(b))).includes(a)) fel.push(`${b} länkar inte tillbaka till ${a}`);
      }
    }
    expect(antal, `inga relationer av typen ${r.namn} i innehållet`).toBeGreaterThan(0);
    expect(fel).toEqual([]);
  });
}

test('a member is linked from the body and the person lists the body', () => {
  const personsida = huvud(html('/personer/'));
  let antal = 0;
  for (const o of poster('organ'))
    for (const m of o.data.medlemmar ?? []) {
      antal++;
      expect(lankar(huvud(html(sida('organ', o.id)))), o.id).toContain(ankareSida('personer', m.person));
      expect(lankar(personsida)).toContain(sida('organ', o.id));
    }
  expect(antal).toBeGreaterThan(0);
});

test('every entry page lists its sources, and each source lists the page', () => {
  const fel: string[] = [];
  for (const samling of SAMLINGAR_MED_SIDOR)
    for (const p of poster(samling)) {
      if (samling === 'kallor') continue;
      const a = sida(samling, p.id);
      for (const k of lista(p.data.kallor)) {
        if (!lankar(huvud(html(a))).includes(sida('kallor', k))) fel.push(`${a} saknar källan ${k}`);
        if (!lankar(huvud(html(sida('kallor', k)))).includes(a)) fel.push(`källan ${k} länkar inte till ${a}`);
      }
    }
  expect(fel).toEqual([]);
});

test('every entry page has a breadcrumb, a source list and a review date', () => {
  for (const samling of SAMLINGAR_MED_SIDOR)
    for (const p of poster(samling)) {
      const h = html(sida(samling, p.id));
      expect(h, `${samling}/${p.id}: brödsmulor`).toMatch(/<nav class="breadcrumb" aria-label="Du är här">/);
      if (samling !== 'kallor') expect(h, `${samling}/${p.id}: källor`).toMatch(/<h2 id="kallor-rubrik">Källor<\/h2>/);
      expect(h, `${samling}/${p.id}: granskad`).toContain(`Senast granskad: <time datetime="${p.data.granskad instanceof Date ? p.data.granskad.toISOString().slice(0, 10) : p.data.granskad}">`);
    }
});

test('a plan whose period has ended is shown as ended', () => {
  const idag = new Date().toISOString().slice(0, 10);
  const avslutade = poster('planer').filter((p) => p.data.period?.till && String(p.data.period.till instanceof Date ? p.data.period.till.toISOString().slice(0, 10) : p.data.period.till) < idag.slice(0, 4));
  expect(avslutade.length).toBeGreaterThan(0);
  for (const p of avslutade) expect(html(sida('planer', p.id)), p.id).toContain('Planen gäller inte längre');
});

test('a goal page names the bodies that work toward the goals below it', () => {
  const mal = poster('mal');
  const organ = poster('organ');
  let provade = 0;
  for (const m of mal) {
    // Goals that contribute to m directly (one level down), and the bodies working toward them.
    const under = mal.filter((x) => (x.data.bidrarTill ?? []).includes(m.id));
    for (const u of under) {
      for (const o of organ.filter((o) => (o.data.mal ?? []).includes(u.id))) {
        expect(lankar(huvud(html(`/mal/${m.id}/`))), `/mal/${m.id}/ ska länka ${o.id} (arbetar mot ${u.id})`).toContain(`/organ/${o.id}/`);
        provade++;
      }
    }
  }
  expect(provade).toBeGreaterThan(0);
});

test('a foreign term from the glossary carries its language wherever it stands (WCAG 3.1.2)', () => {
  const utlandska = poster('ordlista').filter((t) => t.data.sprak);
  expect(utlandska.length).toBeGreaterThan(0);
  let provade = 0;
  for (const t of utlandska) {
    const re = new RegExp(`(?<![\\p{L}])${t.data.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
    for (const s of sidor().filter((p) => p.endsWith('/'))) {
      const h = html(s).replace(/<(script|style|title)[\s\S]*?<\/\1>/g, '').replace(/<meta[^>]*>/g, '');
      const body = h.slice(h.indexOf('<body'));
      // Remove the marked occurrences; what is left must not contain the term.
      const omarkerat = body.replace(new RegExp(`<span lang="${t.data.sprak}">[^<]*</span>`, 'g'), '');
      if (re.test(body)) provade++;
      expect(re.test(text(omarkerat)), `${s}: "${t.data.term}" utan lang="${t.data.sprak}"`).toBe(false);
    }
  }
  expect(provade).toBeGreaterThan(0);
});
