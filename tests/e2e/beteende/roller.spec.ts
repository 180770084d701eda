// "Vem var verksamhetschef när" on the fixture site: a role that one person holds at a time, named by
// more than one row, is listed oldest first with each row's period and its own source and date; a
// source that names someone else without a period stands beside the others, marked, never dropped.
import { expect, test } from '@playwright/test';
import { FIXTUR } from '../../lib/bygg.ts';
import { html, poster, text } from '../../lib/site.ts';

const sida = (p: string) => html(`${p}/`, FIXTUR.rot.dist);
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The fixture source's title as the page names it (the fixture may retitle its sources). */
const titel = (id: string) => esc(poster('kallor', FIXTUR.content).find((k) => k.id === id)!.data.titel);
const avsnitt = (h: string) => h.match(/<section aria-labelledby="roller-rubrik"[\s\S]*?<\/section>/)?.[0] ?? '';

test('a role held by one person at a time is listed over time, each row with its period and source', () => {
  const s = avsnitt(sida('organ/rcc-alfa'));
  expect(text(s)).toContain('Vem var verksamhetschef när');
  const rader = [...s.matchAll(/<li data-person="([^"]+)">([\s\S]*?)<\/li>/g)].map((m) => ({ id: m[1], text: text(m[2]!) }));
  // the undated old source first (written by 2016), then the one who left in June 2022, then the successor
  expect(rader.map((r) => r.id)).toEqual(['exempla-exempelsson', 'prova-provsson', 'testa-testsson']);
  expect(rader[0]!.text).toMatch(new RegExp(`tiden anges inte: Exempla Exempelsson \\(källa: ${titel('k-gammal')}, odaterad, skriven senast 2016.*; källorna anger olika personer\\)`));
  // on the same day, the one who left comes before the one who took over
  expect(rader[1]!.text).toMatch(new RegExp(`^till juni 2022: Prova Provsson \\(källa: ${titel('k1')}, 22 september 2021`));
  expect(rader[2]!.text).toMatch(new RegExp(`^från juni 2022: Testa Testsson \\(källa: ${titel('k1')}, 22 september 2021[;)]`));
  // each row links its own source
  expect(s.match(/href="\/kallor\/k-gammal\/"/g)).toHaveLength(1);
  expect(s.match(/href="\/kallor\/k1\/"/g)).toHaveLength(2);
});

test('a body where each role is named once has no such section', () => {
  expect(avsnitt(sida('organ/cancerradet-ett'))).toBe('');
  expect(avsnitt(sida('organ/nationellt-rad'))).toBe('');
});
