// Open data in the built site: the JSON files, their schemas, the /data/ page and the Popolo export.
import { expect, test } from '@playwright/test';
import { Ajv, type AnySchema } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, finnsIDist, html, poster, text } from '../../lib/site.ts';

const SAMLINGAR = ['sjukvardsregioner', 'regioner', 'organ', 'personer', 'planer', 'mal', 'vardprogram', 'nyckeltal', 'kallor', 'ordlista'];
type Post = Record<string, unknown> & { id: string; url: string; json: string };
type Hanvisning = { id: string; samling: string; url: string; json: string };

const las = (p: string) => JSON.parse(readFileSync(join(DIST, p), 'utf8'));
/** The path in dist/ of an absolute address on the site. */
const sokvag = (u: string) => decodeURIComponent(new URL(u).pathname);

function validerare() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv;
}

function hanvisningar(v: unknown): Hanvisning[] {
  if (Array.isArray(v)) return v.flatMap(hanvisningar);
  if (typeof v !== 'object' || v === null) return [];
  const o = v as Record<string, unknown>;
  if (typeof o.samling === 'string' && typeof o.json === 'string' && typeof o.id === 'string') return [o as Hanvisning];
  return Object.values(o).flatMap(hanvisningar);
}

test('varje samling finns som en JSON-fil med en fil per post, och varje post följer samlingens JSON Schema', () => {
  const ajv = validerare();
  for (const s of SAMLINGAR) {
    const fil = las(`data/${s}.json`);
    const ids = poster(s).map((p) => p.id).sort();
    expect(fil.antal, s).toBe(ids.length);
    expect(fil.poster.map((p: Post) => p.id).sort(), s).toEqual(ids);
    expect(readdirSync(join(DIST, 'data', s)).sort(), s).toEqual(ids.map((id) => `${id}.json`).sort());
    expect(sokvag(fil.schema)).toBe(`/data/schema/${s}.json`);
    const schema = las(`data/schema/${s}.json`);
    const validera = ajv.compile(schema);
    for (const p of fil.poster as Post[]) {
      expect(las(`data/${s}/${p.id}.json`), `${s}/${p.id}`).toEqual(p);
      expect(validera(p), `${s}/${p.id}: ${ajv.errorsText(validera.errors)}`).toBe(true);
      expect(finnsIDist(sokvag(p.url)), p.url).toBe(true);
      expect(sokvag(p.json)).toBe(`/data/${s}/${p.id}.json`);
    }
  }
});

test('schemat avvisar en post där ett obligatoriskt fält saknas, ett okänt fält finns eller ett värde är fel', () => {
  const ajv = validerare();
  const schema = las('data/schema/organ.json');
  const validera = ajv.compile(schema);
  const p = las('data/organ.json').poster[0] as Post;
  expect(validera(p)).toBe(true);
  const { namn: _, ...utanNamn } = p;
  expect(validera(utanNamn)).toBe(false);
  expect(validera({ ...p, pafunnet: 1 })).toBe(false);
  expect(validera({ ...p, typ: 'inte-en-typ' })).toBe(false);
  expect(validera({ ...p, granskad: 'igår' })).toBe(false);
  expect(validera({ ...p, kallor: ['bara-ett-id'] })).toBe(false);
});

test('varje hänvisning i öppna data pekar på en post som finns, med dess sida och fil', () => {
  let antal = 0;
  for (const s of SAMLINGAR)
    for (const p of las(`data/${s}.json`).poster as Post[])
      for (const h of hanvisningar(Object.fromEntries(Object.entries(p).filter(([k]) => !['id', 'url', 'json'].includes(k))))) {
        antal++;
        expect(SAMLINGAR, `${s}/${p.id}`).toContain(h.samling);
        expect(sokvag(h.json), `${s}/${p.id} → ${h.samling}/${h.id}`).toBe(`/data/${h.samling}/${h.id}.json`);
        expect(finnsIDist(sokvag(h.json)), `${s}/${p.id} → ${h.json}`).toBe(true);
        expect(finnsIDist(sokvag(h.url)), `${s}/${p.id} → ${h.url}`).toBe(true);
      }
  expect(antal).toBeGreaterThan(0);
});

test('sidan om öppna data länkar till alla filer och visar varje fält med beskrivningen ur schemat', () => {
  const sida = html('/data/');
  const t = text(sida);
  for (const s of SAMLINGAR) {
    expect(sida).toContain(`href="/data/${s}.json"`);
    expect(sida).toContain(`href="/data/schema/${s}.json"`);
    const schema = las(`data/schema/${s}.json`);
    for (const [falt, f] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(sida, `${s}.${falt}`).toContain(`<code>${falt}</code>`);
      if (f.description) expect(t, `${s}.${falt}`).toContain(f.description);
    }
  }
  expect(sida).toContain('href="/data/popolo.json"');
});

/** Popolo's schemas are draft-03 (`"required": true` on a property); later drafts list them on the object. */
function franDraft03(s: Record<string, any>): AnySchema {
  const { $schema: _, id, properties, ...rest } = s;
  const required = Object.keys(properties).filter((k) => properties[k].required === true);
  const props = Object.fromEntries(Object.entries(properties as Record<string, any>).map(([k, { required: __, ...v }]) => [k, v]));
  return { $id: id, ...rest, properties: props, required };
}

function popoloValiderare() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats.default(ajv);
  const dir = join(ROOT, 'tests', 'fixtures', 'popolo');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(franDraft03(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  return (namn: string) => ajv.getSchema(`http://www.popoloproject.com/schemas/${namn}.json`)!;
}

test('Popolo-exporten följer Popolos scheman och hänger ihop', () => {
  const p = las('data/popolo.json');
  const schema = popoloValiderare();
  const delar = { organizations: 'organization', persons: 'person', memberships: 'membership', posts: 'post', areas: 'area' } as const;
  for (const [del, namn] of Object.entries(delar)) {
    const validera = schema(namn);
    expect(p[del].length, del).toBeGreaterThan(0);
    for (const x of p[del]) expect(validera(x), `${del}/${x.id}: ${JSON.stringify(validera.errors)}`).toBe(true);
    expect(new Set(p[del].map((x: { id: string }) => x.id)).size, `${del}: unika id`).toBe(p[del].length);
  }
  // A broken link, which the schema does reject, proves that the validation is not empty.
  expect(schema('organization')({ ...p.organizations[0], sources: [{ note: 'ingen adress' }] })).toBe(false);

  const ider = (del: string) => new Set(p[del].map((x: { id: string }) => x.id));
  const [org, pers, posts, areas] = [ider('organizations'), ider('persons'), ider('posts'), ider('areas')];
  expect([...org].sort()).toEqual(poster('organ').map((o) => o.id).sort());
  expect([...pers].sort()).toEqual(poster('personer').map((o) => o.id).sort());
  const medlemmar = poster('organ').flatMap((o) => (o.data.medlemmar ?? []).map((m: { person: string }) => `${o.id}:${m.person}`));
  expect(p.memberships.map((m: { organization_id: string; person_id: string }) => `${m.organization_id}:${m.person_id}`).sort()).toEqual(medlemmar.sort());
  for (const m of p.memberships) {
    expect(pers.has(m.person_id), m.id).toBe(true);
    expect(org.has(m.organization_id), m.id).toBe(true);
    expect(posts.has(m.post_id), m.id).toBe(true);
  }
  for (const x of p.posts) expect(org.has(x.organization_id), x.id).toBe(true);
  for (const o of p.organizations) {
    if (o.parent_id) expect(org.has(o.parent_id), o.id).toBe(true);
    if (o.area_id) expect(areas.has(o.area_id), o.id).toBe(true);
  }
});
