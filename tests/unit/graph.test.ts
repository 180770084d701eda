// Derived relations on a small in-code corpus: reverse links, member regions, goal chains both
// ways, breadcrumbs and suggestions for misspelt ids.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGraph, narmaste, type Corpus } from '../../src/lib/graph/index.ts';

const ref = (collection: string, id: string) => ({ id, collection });
const e = (collection: string, id: string, data: Record<string, unknown>) => ({ id, collection, data, filePath: `content/${collection}/${id}.mdx` });
const bas = { kallor: [ref('kallor', 'k')], granskad: '2026-01-01' };

function korpus(extra: Partial<Record<keyof Corpus, unknown[]>> = {}): Corpus {
  const c = {
    kallor: [e('kallor', 'k', { titel: 'K', granskad: '2026-01-01' })],
    sjukvardsregioner: [e('sjukvardsregioner', 'alfa', { namn: 'Alfa', tidigareNamn: [], ...bas }), e('sjukvardsregioner', 'beta', { namn: 'Beta', tidigareNamn: [], ...bas })],
    regioner: [
      e('regioner', 'ett', { namn: 'Region Ett', tidigareNamn: [], sjukvardsregioner: [{ id: ref('sjukvardsregioner', 'alfa') }], ...bas }),
      e('regioner', 'tva', { namn: 'Region Två', tidigareNamn: [], sjukvardsregioner: [{ id: ref('sjukvardsregioner', 'alfa'), del: 'norra' }, { id: ref('sjukvardsregioner', 'beta'), del: 'södra' }], ...bas }),
    ],
    organ: [
      e('organ', 'nat', { namn: 'Nationellt', niva: 'nationell', rapporterarTill: [], planer: [], mal: [], medlemmar: [], uppdrag: { sammansattning: [] }, ...bas }),
      e('organ', 'rcc', { namn: 'RCC Alfa', niva: 'sjukvardsregion', sjukvardsregion: ref('sjukvardsregioner', 'alfa'), rapporterarTill: [ref('organ', 'nat')], planer: [], mal: [], medlemmar: [], uppdrag: { sammansattning: [] }, ...bas }),
      e('organ', 'rad', { namn: 'Cancerrådet i Två', niva: 'region', region: ref('regioner', 'tva'), rapporterarTill: [ref('organ', 'rcc')], delAv: ref('organ', 'rcc'), planer: [ref('planer', 'p3')], mal: [ref('mal', 'm3')], medlemmar: [{ person: ref('personer', 'pp'), roll: 'Ordförande', kalla: ref('kallor', 'k') }], uppdrag: { sammansattning: [] }, ...bas }),
    ],
    personer: [e('personer', 'pp', { namn: 'P P', ...bas })],
    planer: [
      e('planer', 'p1', { namn: 'Nationell', niva: 'nationell', byggerPa: [], ...bas }),
      e('planer', 'p2', { namn: 'Regional', niva: 'sjukvardsregion', sjukvardsregion: ref('sjukvardsregioner', 'alfa'), byggerPa: [ref('planer', 'p1')], ...bas }),
      e('planer', 'p3', { namn: 'Lokal', niva: 'region', region: ref('regioner', 'tva'), byggerPa: [ref('planer', 'p2')], ...bas }),
    ],
    mal: [
      e('mal', 'm1', { plan: ref('planer', 'p1'), nummer: 1, titel: 'Nationellt mål', bidrarTill: [], ...bas }),
      e('mal', 'm2', { plan: ref('planer', 'p2'), titel: 'Regionalt mål', bidrarTill: [ref('mal', 'm1')], ...bas }),
      e('mal', 'm3', { plan: ref('planer', 'p3'), titel: 'Lokalt mål', bidrarTill: [ref('mal', 'm2')], ...bas }),
    ],
    vardprogram: [e('vardprogram', 'svf', { namn: 'SVF', ansvariga: [ref('organ', 'nat')], ...bas })],
    nyckeltal: [e('nyckeltal', 'n', { namn: 'Andel', organ: ref('organ', 'rcc'), ...bas })],
    ordlista: [],
  } as Record<string, unknown[]>;
  for (const [k, v] of Object.entries(extra)) c[k] = [...(c[k] ?? []), ...(v ?? [])];
  return c as unknown as Corpus;
}

test('a region in two healthcare regions is a member of both, with its part', () => {
  const g = buildGraph(korpus());
  assert.deepEqual(g.regionerI('alfa').map((r) => [r.region.id, r.del]), [['ett', undefined], ['tva', 'norra']]);
  assert.deepEqual(g.regionerI('beta').map((r) => [r.region.id, r.del]), [['tva', 'södra']]);
});

test('the regions in more than one healthcare region are those with more than one, by name', () => {
  assert.deepEqual(buildGraph(korpus()).regionerIFleraSjukvardsregioner().map((r) => r.id), ['tva']);
  const region = (id: string, namn: string, svr: string[]) =>
    e('regioner', id, { namn, tidigareNamn: [], sjukvardsregioner: svr.map((s) => ({ id: ref('sjukvardsregioner', s) })), ...bas });
  const g = buildGraph(korpus({ regioner: [region('tre', 'Region Tre', ['beta']), region('alla', 'Region Alla', ['alfa', 'beta'])] }));
  assert.deepEqual(g.regionerIFleraSjukvardsregioner().map((r) => r.id), ['alla', 'tva']);
});

test('a new "reports to" link appears on the body reported to', () => {
  const g = buildGraph(korpus());
  assert.deepEqual(g.underordnade('rcc').map((o) => o.id), ['rad']);
  assert.deepEqual(g.underordnade('nat').map((o) => o.id), ['rcc']);
  const g2 = buildGraph(korpus({ organ: [e('organ', 'ny', { namn: 'Ny grupp', niva: 'nationell', rapporterarTill: [ref('organ', 'nat')], planer: [], mal: [], medlemmar: [], uppdrag: { sammansattning: [] }, ...bas })] }));
  assert.deepEqual(g2.underordnade('nat').map((o) => o.id), ['ny', 'rcc']);
});

test('bodies are listed under their region and healthcare region, not elsewhere', () => {
  const g = buildGraph(korpus());
  assert.deepEqual(g.organIRegion('tva').map((o) => o.id), ['rad']);
  assert.deepEqual(g.organIRegion('ett'), []);
  assert.deepEqual(g.organISjukvardsregion('alfa').map((o) => o.id), ['rcc']);
  assert.deepEqual(g.nationellaOrgan().map((o) => o.id), ['nat']);
  assert.deepEqual(g.delar('rcc').map((o) => o.id), ['rad']);
});

test('a goal chain of three levels is traced both ways', () => {
  const g = buildGraph(korpus());
  const upp = g.malUppat('m3');
  assert.deepEqual(upp.map((n) => n.mal.id), ['m2']);
  assert.ok(upp[0]);
  assert.deepEqual(upp[0].barn.map((n) => n.mal.id), ['m1']);
  const ner = g.malNedat('m1');
  assert.deepEqual(ner.map((n) => n.mal.id), ['m2']);
  assert.ok(ner[0]);
  assert.deepEqual(ner[0].barn.map((n) => n.mal.id), ['m3']);
  assert.deepEqual(g.organSomTjanarMal('m3').map((o) => o.id), ['rad']);
});

test('a cycle between goals does not loop forever', () => {
  const c = korpus();
  assert.ok(c.mal[0]);
  (c.mal[0].data as any).bidrarTill = [ref('mal', 'm3')];
  const g = buildGraph(c);
  const ids = (n: { mal: { id: string }; barn: any[] }[]): string[] => n.flatMap((x) => [x.mal.id, ...ids(x.barn)]);
  assert.deepEqual(ids(g.malUppat('m3')), ['m2', 'm1']);
});

test('plans know what builds on them and which bodies work from them', () => {
  const g = buildGraph(korpus());
  assert.deepEqual(g.planerSomByggerPa('p1').map((p) => p.id), ['p2']);
  assert.deepEqual(g.organSomAnvanderPlan('p3').map((o) => o.id), ['rad']);
  assert.deepEqual(g.malIPlan('p2').map((m) => m.id), ['m2']);
});

test('a source knows every entry that cites it, members included', () => {
  const g = buildGraph(korpus());
  const citerad = g.citeradAv('k').map((c) => `${c.samling}/${c.id}`);
  assert.ok(citerad.includes('organ/rad'));
  assert.ok(citerad.includes('personer/pp'));
  assert.deepEqual(g.uppdragFor('pp').medlemskap.map((m) => [m.organ.id, m.roll]), [['rad', 'Ordförande']]);
});

test('breadcrumbs follow the levels: healthcare region, region, body', () => {
  const g = buildGraph(korpus());
  assert.deepEqual(g.krummor('organ', 'rad').map((k) => k.namn), ['Alfa', 'Region Två']);
  // Region Två is in two healthcare regions, and the body names neither: the step shows both.
  assert.deepEqual(g.krummor('organ', 'rad')[0]?.eller?.map((k) => k.namn), ['Beta']);
  assert.deepEqual(g.krummor('regioner', 'tva')[0]?.eller?.map((k) => k.namn), ['Beta']);
  assert.equal(g.krummor('regioner', 'ett')[0]?.eller, undefined);
  assert.deepEqual(g.krummor('organ', 'nat').map((k) => k.namn), ['Nationell nivå']);
  assert.deepEqual(g.krummor('mal', 'm2').map((k) => k.namn), ['Alfa', 'Regional']);
});

test('suggestions rank near misses first', () => {
  assert.equal(narmaste('cancerradet-sormlan', ['cancerradet-sormland', 'cancerradet-varmland', 'rcc-syd'])[0], 'cancerradet-sormland');
});
