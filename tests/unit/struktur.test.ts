// Structure views derived from the fixture corpus (tests/fixtures/mini), read the way
// `npm run kontroll` reads content: organisation charts, goal chains, comparisons, the timeline
// and figure series. Each test changes a copy of the corpus and checks that the view follows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kontrollera } from '../../scripts/kontroll.ts';
import { buildGraph, type SchemaNod } from '../../src/lib/graph/index.ts';
import { radbryt, ritaSchema } from '../../src/lib/organisationsschema.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

/** The fixture corpus as a graph, after `andra` has changed a copy of it. */
async function graf(andra: (dir: string) => void = () => {}, tillat?: RegExp) {
  const dir = mkdtempSync(join(tmpdir(), 'struktur-'));
  try {
    cpSync(MINI, dir, { recursive: true });
    andra(dir);
    const { problem, corpus } = await kontrollera(dir);
    assert.deepEqual(problem.filter((p) => !tillat?.test(p.text)), []);
    return buildGraph(corpus);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ny = (fil: string, text: string) => (dir: string) => writeFileSync(join(dir, fil), text);
const RAG = `---
namn: Arbetsgruppen i Alfa
typ: rag
niva: sjukvardsregion
sjukvardsregion: alfa
sammanfattning: En arbetsgrupp.
rapporterarTill: [rcc-alfa]
uppdrag:
  syfte: Att arbeta.
kallor: [k1]
granskad: 2026-11-01
---
Arbetsgruppen.
`;

/** Every node of a chart as "parent > child" pairs, and the ids in it. */
const kanter = (rotter: SchemaNod[], far = ''): string[] => rotter.flatMap((n) => [`${far}>${n.id}`, ...kanter(n.barn, n.id)]);

test('a healthcare region\'s chart goes up to the national level, with the national body its RCC reports to', async () => {
  const g = await graf();
  const schema = g.organisationsschema({ sjukvardsregion: 'alfa' });
  assert.partialDeepStrictEqual(schema[0], { slag: 'nationell', id: 'nationell' });
  for (const x of ['>nationell', 'nationell>nationellt-rad', 'nationell>alfa', 'alfa>rcc-alfa']) assert.ok(kanter(schema).includes(x), x);
  // RCC Alfa stays in its healthcare region; a solid line goes to the national body it reports to.
  const hitta = (n: SchemaNod[], id: string): SchemaNod | undefined => n.flatMap((x) => [x, hitta(x.barn, id)]).find((x) => x?.id === id);
  assert.deepEqual(hitta(schema, 'rcc-alfa')?.till, { id: 'nationellt-rad', delAv: false });
  const bild = ritaSchema(schema, () => undefined);
  const [fran, till] = ['nationellt-rad', 'rcc-alfa'].map((id) => bild.rutor.find((r) => r.nod.id === id)!);
  assert.ok(bild.linjer.some((l) => !l.ocksa && l.d.startsWith(`M${fran!.x + 190} `) && l.d.endsWith(` ${till!.x} ${till!.y + till!.hojd / 2}`)));
});

test('every member region has a box, also one whose council reports to a healthcare-region body', async () => {
  // Cancerrådet i Ett reports to RCC Alfa (as a region's council may report to its RCC's steering group).
  const g = await graf();
  const schema = g.organisationsschema({ sjukvardsregion: 'alfa' });
  for (const x of ['alfa>ett', 'ett>cancerradet-ett', 'alfa>tva']) assert.ok(kanter(schema).includes(x), x);
  assert.ok(!kanter(schema).includes('rcc-alfa>cancerradet-ett'));
  const bild = ritaSchema(schema, () => undefined);
  for (const id of ['ett', 'tva']) assert.ok(bild.rutor.some((r) => r.nod.slag === 'region' && r.nod.id === id), id);
  // Region Två is in two healthcare regions: it has a box in both.
  assert.ok(kanter(g.organisationsschema({ sjukvardsregion: 'beta' })).includes('beta>tva'));
});

test('a new "reports to" link appears in the chart and in the list', async () => {
  const fore = await graf();
  assert.ok(!kanter(fore.organisationsschema({ sjukvardsregion: 'alfa' })).includes('rcc-alfa>rag-alfa'));
  const g = await graf(ny('organ/rag-alfa.mdx', RAG));
  const schema = g.organisationsschema({ sjukvardsregion: 'alfa' });
  assert.ok(kanter(schema).includes('rcc-alfa>rag-alfa'));
  // The picture has a box for it, joined by a line to the box of the body it reports to.
  const bild = ritaSchema(schema, () => 'typ');
  const ruta = bild.rutor.find((r) => r.nod.id === 'rag-alfa')!;
  const far = bild.rutor.find((r) => r.nod.id === 'rcc-alfa')!;
  assert.ok(ruta);
  assert.ok(ruta.x > far.x);
  assert.equal(bild.linjer.some((l) => !l.ocksa && l.d.startsWith(`M${far.x + 190} `) && l.d.endsWith(`H${ruta.x}`)), true);
});

test('a second body reported to is kept as "also reports to", with a dashed line', async () => {
  const g = await graf(ny('organ/rag-alfa.mdx', RAG.replace('rapporterarTill: [rcc-alfa]', 'delAv: rcc-alfa\nrapporterarTill: [cancerradet-ett]')));
  const schema = g.organisationsschema({ sjukvardsregion: 'alfa' });
  const hitta = (n: SchemaNod[]): SchemaNod | undefined => n.flatMap((x) => [x, hitta(x.barn)]).find((x) => x?.id === 'rag-alfa');
  assert.ok(kanter(schema).includes('rcc-alfa>rag-alfa'));
  assert.deepEqual(hitta(schema)?.ocksa, ['cancerradet-ett']);
  assert.equal(ritaSchema(schema, () => undefined).linjer.filter((l) => l.ocksa).length, 1);
});

test('bodies without a reporting line hang under their region, inside the healthcare region', async () => {
  const g = await graf((d) => {
    const f = join(d, 'organ/cancerradet-ett.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('rapporterarTill: [rcc-alfa]\n', ''));
  });
  const schema = g.organisationsschema({ sjukvardsregion: 'alfa' });
  for (const x of ['alfa>ett', 'ett>cancerradet-ett']) assert.ok(kanter(schema).includes(x), x);
  assert.ok(!kanter(schema).includes('rcc-alfa>cancerradet-ett'));
});

test('a body of a region in two healthcare regions that names one of them is only in that one\'s chart', async () => {
  const g = await graf(ny('organ/radet-i-tva.mdx', RAG.replace('Arbetsgruppen i Alfa', 'Rådet i Två').replace('niva: sjukvardsregion', 'niva: region\nregion: tva').replace('sjukvardsregion: alfa', 'sjukvardsregion: beta').replace('rapporterarTill: [rcc-alfa]\n', '')));
  assert.ok(kanter(g.organisationsschema({ sjukvardsregion: 'beta' })).includes('tva>radet-i-tva'));
  assert.ok(!kanter(g.organisationsschema({ sjukvardsregion: 'alfa' })).some((k) => k.endsWith('>radet-i-tva')));
});

test('every box in a chart has its own place, without overlapping another', async () => {
  const g = await graf(ny('organ/rag-alfa.mdx', RAG));
  const bild = ritaSchema(g.organisationsschema({ sjukvardsregion: 'alfa' }), () => 'typ');
  for (const a of bild.rutor)
    for (const b of bild.rutor)
      if (a !== b && a.x === b.x) assert.equal(a.y + a.hojd <= b.y || b.y + b.hojd <= a.y, true, `${a.nod.id} / ${b.nod.id}`);
  assert.ok(Math.max(...bild.rutor.map((r) => r.y + r.hojd)) <= bild.hojd);
});

test('a reporting line that loops back does not hang the chart', async () => {
  const g = await graf((d) => {
    ny('organ/rag-alfa.mdx', RAG)(d);
    ny('organ/rag-beta.mdx', RAG.replace('Arbetsgruppen i Alfa', 'Andra gruppen').replace('[rcc-alfa]', '[rag-alfa]'))(d);
    ny('organ/rag-alfa.mdx', RAG.replace('[rcc-alfa]', '[rag-beta]'))(d);
  }, /går i cirkel/); // the validation stops such content; the chart must still not hang on it
  const ids = kanter(g.organisationsschema({ sjukvardsregion: 'alfa' })).map((k) => k.split('>')[1]);
  assert.equal(ids.filter((i) => i === 'rag-alfa').length, 1);
  assert.equal(ids.filter((i) => i === 'rag-beta').length, 1);
});

test('long names wrap into lines that fit the box', () => {
  const rader = radbryt('Styrgruppen för nationellt system för kunskapsstyrning hälso- och sjukvård', 25, 4);
  assert.ok(rader.length <= 4);
  for (const r of rader) assert.ok(r.length <= 25);
  assert.match(radbryt('a '.repeat(80), 10, 2).at(-1) ?? '', /…$/);
});

test('a goal chain of three levels is traced both ways', async () => {
  const g = await graf();
  const upp = g.malUppat('mal-region');
  assert.deepEqual(upp.map((n) => n.mal.id), ['mal-svr']);
  assert.ok(upp[0]);
  assert.deepEqual(upp[0].barn.map((n) => n.mal.id), ['mal-nationell']);
  const ner = g.malNedat('mal-nationell');
  assert.deepEqual(ner.map((n) => n.mal.id), ['mal-svr']);
  assert.ok(ner[0]);
  assert.deepEqual(ner[0].barn.map((n) => n.mal.id), ['mal-region']);
  assert.deepEqual(g.organSomTjanarMal('mal-region').map((o) => o.id), ['cancerradet-ett']);
});

test('every date in the content becomes an event on the timeline, oldest first, with its level and place', async () => {
  const g = await graf();
  const h = g.tidslinje();
  const finns = (slag: string, id: string, datum: string) => h.find((x) => x.slag === slag && x.id === id && x.datum === datum);
  assert.partialDeepStrictEqual(finns('beslut', 'cancerradet-ett', '2021-09-22'), { niva: 'region', regioner: ['ett'], sjukvardsregioner: ['alfa'] });
  assert.partialDeepStrictEqual(finns('ikraft', 'plan-svr', '2019'), { niva: 'sjukvardsregion', sjukvardsregioner: ['alfa'] });
  assert.ok(finns('planSlut', 'plan-svr', '2022'));
  assert.partialDeepStrictEqual(finns('ikraft', 'plan-nationell', '2009'), { niva: 'nationell' });
  assert.deepEqual(h.map((x) => x.datum), [...h.map((x) => x.datum)].sort());
  // each event cites its own source (or the entry's main one), never the entry's whole list
  assert.ok(h.every((x) => x.kallor.length <= 1), 'en händelse med flera källor');
  // one event per happening: no two events of one entry on one date
  const nycklar = h.map((x) => `${x.samling}/${x.id}/${x.datum}`);
  assert.equal(new Set(nycklar).size, nycklar.length, 'dubbletter på tidslinjen');
});

test('each timeline event cites only its own source: the one given for its date, else the entry’s only source, else none', async () => {
  const h = (await graf()).tidslinje();
  const kallor = (slag: string, id: string) => h.find((x) => x.slag === slag && x.id === id)?.kallor;
  // an entry with two sources: the founding cites the one given for it, the change of name its own
  assert.deepEqual(kallor('bildat', 'cancerradet-ett'), ['k-gammal']);
  assert.deepEqual(kallor('namnbyte', 'cancerradet-ett'), ['k1']);
  // the decision has no source of its own: none, rather than one of the entry's other sources
  assert.deepEqual(kallor('beslut', 'cancerradet-ett'), []);
  // an entry with a single source: that source
  assert.deepEqual(kallor('namnbyte', 'ett'), ['k1']);
  assert.deepEqual(kallor('infort', 'svf'), ['k1']);
});

test('a date added to an entry appears on the timeline', async () => {
  const g = await graf((d) => {
    const f = join(d, 'organ/rcc-alfa.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('niva: sjukvardsregion\n', 'niva: sjukvardsregion\nbildat: 2010-03\n'));
  });
  assert.partialDeepStrictEqual(g.tidslinje().find((x) => x.id === 'rcc-alfa'), { slag: 'bildat', datum: '2010-03', niva: 'sjukvardsregion' });
});

test('figures with the same series id over two or more years form a series, oldest first', async () => {
  const g = await graf();
  const serier = g.serier(g.alla('nyckeltal'));
  assert.deepEqual(serier.map((s) => [s.serie, s.punkter.map((p) => p.data.ar)]), [['svf-andel', [2021, 2022]]]);
  const en = await graf((d) => rmSync(join(d, 'nyckeltal/tal-2022.mdx')));
  assert.deepEqual(en.serier(en.alla('nyckeltal')), []);
});
