// Open data of the fixture site against the fixture files themselves: every entry's JSON holds its
// frontmatter (references as their id, with page and file), its body text, and nothing invented.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTUR } from '../../lib/bygg.ts';
import { poster } from '../../lib/site.ts';

const SAMLINGAR = ['sjukvardsregioner', 'regioner', 'organ', 'personer', 'planer', 'mal', 'vardprogram', 'nyckeltal', 'kallor', 'ordlista'];
/** Collections whose entries carry a derived status (src/lib/oppnadata.ts). */
const HARLEDD = ['organ', 'planer'];
const las = (p: string) => JSON.parse(readFileSync(join(FIXTUR.rot.dist, p), 'utf8'));

/** A value of open data as it would be written in frontmatter: a reference becomes its id. */
function somFrontmatter(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(somFrontmatter);
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.samling === 'string' && typeof o.json === 'string' && typeof o.id === 'string') return o.id;
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, somFrontmatter(x)]));
}

/** Empty lists left out: the schema fills in a list that the file leaves out as []. */
const utanTomma = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(utanTomma)
  : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).filter(([, x]) => !(Array.isArray(x) && x.length === 0)).map(([k, x]) => [k, utanTomma(x)]))
  : v;

/** Values as text (YAML dates as ISO dates): a year written 2019 is published as "2019". */
const datum = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString().slice(0, 10)
  : typeof v === 'number' || typeof v === 'boolean' ? String(v)
  : Array.isArray(v) ? v.map(datum)
  : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, datum(x)]))
  : v;

test('every entry’s JSON has exactly the fields of its file, with the values written there', () => {
  let falt = 0;
  for (const s of SAMLINGAR) {
    const filer = poster(s, FIXTUR.content);
    expect(filer.length, s).toBeGreaterThan(0);
    expect(las(`data/${s}.json`).poster.map((p: { id: string }) => p.id).sort(), s).toEqual(filer.map((p) => p.id).sort());
    for (const f of filer) {
      const json = las(`data/${s}/${f.id}.json`) as Record<string, unknown>;
      expect(json.id).toBe(f.id);
      for (const [k, v] of Object.entries(f.data)) {
        falt++;
        expect(datum(utanTomma(somFrontmatter(json[k]))), `${f.fil}: ${k}`).toEqual(utanTomma(datum(v)));
      }
      // Anything else is the entry's address, its file, its text or a default of the schema for a
      // field the file leaves out (an empty list, or false).
      for (const [k, v] of Object.entries(json)) {
        if (k in f.data || ['id', 'url', 'json'].includes(k)) continue;
        if (k === 'text') expect(v, `${f.fil}: text`).toBe(f.body.trim());
        // a status derived from the entry's dates, one of the values its JSON Schema lists
        else if (k === 'status' && HARLEDD.includes(s)) expect(las(`data/schema/${s}.json`).properties.status.enum, `${f.fil}: status`).toContain(v);
        else expect([[], false], `${f.fil}: ${k} finns inte i filen`).toContainEqual(v);
      }
    }
  }
  expect(falt).toBeGreaterThan(100);
});
