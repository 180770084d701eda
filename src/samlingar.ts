// The one registry of content collections. Everything that lists collections derives from it:
// src/content.config.ts, the urls core, open data, the feed, the field reference, data.ts and the
// validation. Adding a collection = one entry here + its schema module in src/schemas/.
// Importable by plain Node (no astro:content at runtime), so scripts and tests use it too.
import type { ZodType } from 'astro/zod';
import type { RefFabrik } from './schemas/falt.ts';
import { kallaSchema } from './schemas/kallor.ts';
import { malSchema } from './schemas/mal.ts';
import { nyckeltalSchema } from './schemas/nyckeltal.ts';
import { ordSchema } from './schemas/ordlista.ts';
import { organSchema } from './schemas/organ.ts';
import { personSchema } from './schemas/personer.ts';
import { planSchema } from './schemas/planer.ts';
import { regionSchema } from './schemas/regioner.ts';
import { sjukvardsregionSchema } from './schemas/sjukvardsregioner.ts';
import { vardprogramSchema } from './schemas/vardprogram.ts';
import type { sv } from './i18n/sv/index.ts';

type Texter = typeof sv;

/** What the registry says about one collection. */
export interface SamlingDef {
  /** The Zod schema, built on a reference factory (Astro's reference() or a plain one). */
  schema: (r: RefFabrik) => ZodType;
  /** 'egen': each entry has its own page /<samling>/<id>/; 'lista': an anchor on /<samling>/. */
  sida: 'egen' | 'lista';
  /** Whether an entry must have prose below its frontmatter. */
  kraverText: boolean;
  /**
   * Key of its texts in src/i18n/sv/: `sv.samling[k]` (label, also the Pagefind `typ` filter of
   * its pages) and `sv.data.samling[k]` (description of its open data).
   */
  texter: keyof Texter['samling'] & keyof Texter['data']['samling'];
}

/** A collection whose entries have pages of their own and prose below the frontmatter. */
const egen = <S extends SamlingDef['schema']>(schema: S, texter: SamlingDef['texter']) => ({ schema, sida: 'egen', kraverText: true, texter }) as const;
/** A collection whose entries are anchors on one list page; prose is optional. */
const lista = <S extends SamlingDef['schema']>(schema: S, texter: SamlingDef['texter']) => ({ schema, sida: 'lista', kraverText: false, texter }) as const;

/** The collections, in the order the site loads and lists them. */
export const SAMLINGAR = {
  sjukvardsregioner: egen(sjukvardsregionSchema, 'sjukvardsregioner'),
  regioner: egen(regionSchema, 'regioner'),
  organ: egen(organSchema, 'organ'),
  personer: lista(personSchema, 'personer'),
  planer: egen(planSchema, 'planer'),
  mal: egen(malSchema, 'mal'),
  vardprogram: egen(vardprogramSchema, 'vardprogram'),
  nyckeltal: lista(nyckeltalSchema, 'nyckeltal'),
  kallor: egen(kallaSchema, 'kallor'),
  ordlista: lista(ordSchema, 'ordlista'),
} as const satisfies Record<string, SamlingDef>;

export type Register = Readonly<Record<string, SamlingDef>>;
export type Samling = keyof typeof SAMLINGAR;

/** The collection names, in registry order. */
export const SAMLINGSNAMN = Object.keys(SAMLINGAR) as Samling[];

/** Whether `s` names a collection of the registry. */
export const arSamling = (s: string, register: Register = SAMLINGAR): s is Samling => Object.hasOwn(register, s);

/**
 * One collection definition per registry entry: src/content.config.ts passes Astro's
 * defineCollection with a glob loader; tests pass a plain function.
 */
export function definieraSamlingar<R extends Register, T>(register: R, r: RefFabrik, gor: (namn: Extract<keyof R, string>, schema: ZodType) => T) {
  return Object.fromEntries(Object.entries(register).map(([namn, d]) => [namn, gor(namn as Extract<keyof R, string>, d.schema(r))])) as Record<keyof R, T>;
}

/** Every collection's schema, built on one reference factory. */
export function scheman<R extends Register>(r: RefFabrik, register: R = SAMLINGAR as unknown as R) {
  return definieraSamlingar(register, r, (_, schema) => schema) as unknown as { [K in keyof R]: ReturnType<R[K]['schema']> };
}

/**
 * Only what addresses need (page or anchor), as plain data: astro.config.mjs hands it to the
 * pages' urls module (src/lib/urls.ts) as a build constant, so that browser scripts which build
 * addresses never pull the schemas (and Zod) into their bundle.
 */
export function sidslag(register: Register = SAMLINGAR): Record<string, { sida: SamlingDef['sida'] }> {
  return Object.fromEntries(Object.entries(register).map(([n, d]) => [n, { sida: d.sida }]));
}
