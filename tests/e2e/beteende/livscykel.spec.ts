// A body's lifecycle on the fixture site: a former name with its date and source stands at the top of
// the body's page, the status derived from the dates stands in its facts and beside it wherever it is
// listed, and the open data and Popolo carry both.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTUR } from '../../lib/bygg.ts';
import { html, text } from '../../lib/site.ts';

const sida = (p: string) => html(`${p}/`, FIXTUR.rot.dist);
const las = (p: string) => JSON.parse(readFileSync(join(FIXTUR.rot.dist, p), 'utf8'));
/** The list item that links to a body, as text. */
const rad = (h: string, id: string) => text(h.match(new RegExp(`<li><a href="/organ/${id}/">[\\s\\S]*?</li>`))?.[0] ?? '');

test('a former name stands at the top of the page with its date and source, and the status says renamed', () => {
  const h = sida('organ/cancerradet-ett');
  const liv = h.match(/<ul class="lifecycle">[\s\S]*?<\/ul>/)?.[0] ?? '';
  expect(text(liv)).toContain('Hette Cancerrådet i Gamla Ett till 1 mars 2022.');
  expect(liv).toContain('href="/kallor/k1/"');
  expect(h.indexOf('class="lifecycle"')).toBeLessThan(h.indexOf('id="beskrivning-rubrik"'));
  expect(text(h)).toMatch(/Status\s+Verksamt under nytt namn/);
  // a body without former names or an end: no lifecycle lines, and plainly active
  const alfa = sida('organ/rcc-alfa');
  expect(alfa).not.toContain('class="lifecycle"');
  expect(text(alfa)).toMatch(/Status\s+Verksamt(?! under)/);
});

test('where bodies are listed, a renamed body carries its status and an active one none', () => {
  for (const p of ['organ', 'regioner/ett', 'sjukvardsregioner/alfa']) {
    const h = sida(p);
    if (h.includes('href="/organ/cancerradet-ett/"')) expect(rad(h, 'cancerradet-ett'), p).toContain('Verksamt under nytt namn');
    if (h.includes('href="/organ/rcc-alfa/"')) expect(rad(h, 'rcc-alfa'), p).not.toContain('Verksamt');
  }
  expect(rad(sida('organ'), 'cancerradet-ett')).toContain('Verksamt under nytt namn');
});

test('the open data carry the former name with its date and source, and the derived status', () => {
  const ett = las('data/organ/cancerradet-ett.json');
  expect(ett.tidigareNamn).toEqual([expect.objectContaining({ namn: 'Cancerrådet i Gamla Ett', till: '2022-03-01', kalla: expect.objectContaining({ id: 'k1', samling: 'kallor' }) })]);
  expect(ett.status).toBe('bytteNamn');
  expect(las('data/organ/rcc-alfa.json').status).toBe('aktivt');
  const schema = las('data/schema/organ.json');
  expect(schema.properties.status.enum).toContain('bytteNamn');
  expect(schema.required).toContain('status');
  const popolo = las('data/popolo.json');
  const org = popolo.organizations.find((o: { id: string }) => o.id === 'cancerradet-ett');
  expect(org.other_names).toContainEqual(expect.objectContaining({ name: 'Cancerrådet i Gamla Ett', end_date: '2022-03-01' }));
});
