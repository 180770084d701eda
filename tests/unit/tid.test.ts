// Time derived from dates: a source's own date, a plan's currency, a body's state, old sources.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kallaArGammal, kallansAr, kallansDatering, markeraOenighet, nyastForst, organStatus, planStatus } from '../../src/lib/tid.ts';
import { tid } from '../../src/i18n/sv/tid.ts';
import { inteIFramtiden } from '../../src/schemas/falt.ts';

test('an undated source never yields a year, even with an upper bound that is the year it was checked', () => {
  const k = { senast: 2026, granskad: '2026-11-24' };
  assert.equal(kallansAr(k), undefined);
  assert.deepEqual(kallansDatering(k), { slag: 'odaterad', kontrollerad: '2026-11-24' });
  const text = tid.datering(kallansDatering(k));
  assert.equal(text, 'odaterad, kontrollerad 24 november 2026');
  assert.doesNotMatch(text.replace('24 november 2026', ''), /\d{4}/);
});

test('an undated source whose contents bound it shows the range it was written in', () => {
  assert.equal(tid.datering(kallansDatering({ senast: 2020, tidigast: 2017, granskad: '2026-11-24' })), 'odaterad, skriven 2017–2020, kontrollerad 24 november 2026');
  assert.equal(tid.datering(kallansDatering({ senast: 2018, granskad: '2026-11-24' })), 'odaterad, skriven senast 2018, kontrollerad 24 november 2026');
});

test('a dated source shows its date as precise as it is given', () => {
  assert.equal(tid.datering(kallansDatering({ datum: '2022-03' })), 'mars 2022');
  assert.equal(kallansAr({ datum: '2022-03-12' }), 2022);
});

test('a source is old when even its latest possible day is the set age before today; an undated one is not called old', () => {
  assert.equal(kallaArGammal({ datum: '2023-12-01' }, '2026-12-01', 3), true);
  assert.equal(kallaArGammal({ datum: '2023-12-02' }, '2026-12-01', 3), false);
  assert.equal(kallaArGammal({ datum: '2023' }, '2026-12-01', 3), false);
  assert.equal(kallaArGammal({ senast: 2018, granskad: '2026-11-24' }, '2026-12-01', 3), true);
  assert.equal(kallaArGammal({ senast: 2026, granskad: '2026-11-24' }, '2026-12-01', 3), false);
});

test('sources are ordered newest first, undated ones last', () => {
  const k = (id: string, data: object) => ({ id, data });
  const ut = nyastForst([k('odaterad', { senast: 2026, granskad: '2026-11-24' }), k('gammal', { datum: '2019' }), k('ny', { datum: '2024-02-15' })]);
  assert.deepEqual(ut.map((x) => x.id), ['ny', 'gammal', 'odaterad']);
});

test("a plan's status on dates either side of its end", () => {
  const period = { fran: '2022', till: '2024' };
  assert.equal(planStatus(period, '2024-12-31'), 'pagaende');
  assert.equal(planStatus(period, '2025-01-01'), 'avslutad');
  assert.equal(planStatus(period, '2021-12-31'), 'kommande');
  assert.equal(planStatus({ fran: '2009-02-20' }, '2026-12-01'), 'pagaende');
  assert.equal(planStatus(undefined, '2026-12-01'), undefined);
});

test("a body's state follows from its dates", () => {
  assert.equal(organStatus({}, '2026-12-01'), 'aktivt');
  assert.equal(organStatus({ upphort: '2020' }, '2026-12-01'), 'upphort');
  assert.equal(organStatus({ upphort: '2020', uppgickI: { id: 'x' } }, '2026-12-01'), 'uppgick');
  assert.equal(organStatus({ upphort: '2020', ersattAv: { id: 'x' } }, '2026-12-01'), 'ersatt');
  assert.equal(organStatus({ tidigareNamn: [{ till: '2020-10' }] }, '2026-12-01'), 'bytteNamn');
  assert.equal(organStatus({ tidigareNamn: [{}] }, '2026-12-01'), 'bytteNamn');
  assert.equal(organStatus({ tidigareNamn: [{ till: '2030' }] }, '2026-12-01'), 'aktivt');
  assert.equal(organStatus({ upphort: '2030' }, '2026-12-01'), 'aktivt');
});

test("a membership's from and to are shown as a period", () => {
  assert.equal(tid.period('2019', '2022'), '2019–2022');
  assert.equal(tid.period('2019'), 'från 2019');
  assert.equal(tid.period(undefined, '2022-06'), 'till juni 2022');
});

test('two sources naming different chairs are both marked, a chair who followed another is not', () => {
  const rad = (personId: string, kallaId: string, fran?: string, till?: string) => ({ roll: 'ordförande', personId, kallaId, fran, till, oenighet: false });
  assert.deepEqual(markeraOenighet([rad('a', 'k1'), rad('b', 'k2')]).map((r) => r.oenighet), [true, true]);
  assert.deepEqual(markeraOenighet([rad('a', 'k1', '2015', '2019'), rad('b', 'k2', '2019')]).map((r) => r.oenighet), [false, false]);
});

test('a date may lie up to tomorrow (an editor in Sweden is ahead of UTC), as precise as it is given', () => {
  const idag = '2026-12-31';
  // A month or a year counts from its first day: 2027 may begin tomorrow.
  for (const s of ['2026-12-31', '2027-01-01', '2027-01', '2027', '2026-12', '2026', '1990']) assert.equal(inteIFramtiden(s, idag), true, s);
  for (const s of ['2027-01-02', '2027-02', '2028']) assert.equal(inteIFramtiden(s, idag), false, s);
  assert.equal(inteIFramtiden('2027', '2026-12-30'), false);
});
