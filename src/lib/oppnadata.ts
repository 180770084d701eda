// Open data: every entry as JSON with its references resolved to ids and addresses, and a JSON
// Schema per collection generated from the same Zod schemas that the build checks content with.
import { z } from 'astro/zod';
import { sv } from '../i18n/sv/index.ts';
import { SAMLINGAR, scheman, type Samling } from '../samlingar.ts';
import type { RefFabrik } from '../schemas/falt.ts';
import type { Graph } from './graph/index.ts';
import { isRef } from './referenser.ts';
import { absolut, url } from './urls';
import { config } from '../config';
import { ORGANSTATUSAR, organStatus, PLANSTATUSAR, planStatus } from './tid';

/** A reference as published: the entry's id, its collection, its page and its data file. */
export interface Hanvisning {
  id: string;
  samling: Samling;
  url: string;
  json: string;
}

export function hanvisa(samling: Samling, id: string): Hanvisning {
  return { id, samling, url: absolut(url.entry(samling, id)), json: absolut(url.dataPost(samling, id)) };
}

/** The reference factory for the published shape: what `hanvisa` returns. */
const hanvisningsfalt: RefFabrik = <C extends string>(samling: C) =>
  z
    .object({
      id: z.string().describe(sv.data.falt.id),
      samling: z.literal(samling).describe(sv.data.falt.samling),
      url: z.url().describe(sv.data.falt.url),
      json: z.url().describe(sv.data.falt.json),
    })
    .strict() as unknown as z.ZodType<{ id: string; collection: C }>;

function losUpp(v: unknown): unknown {
  if (isRef(v)) return hanvisa(v.collection as Samling, v.id);
  if (Array.isArray(v)) return v.map(losUpp);
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, losUpp(x)]])));
  return v;
}

/** Fields that every published entry has besides its own: they must not clash with a schema field. */
const POSTFALT = ['id', 'url', 'json'] as const;

/** Derived fields, computed from the entry's dates on the day of the build: never typed by hand. */
interface Harlett { falt: string; varden: readonly string[]; beskrivning: string; alltid: boolean; varde: (d: Record<string, unknown>) => string | undefined }
const HARLEDDA: Partial<Record<Samling, Harlett>> = {
  organ: { falt: 'status', varden: ORGANSTATUSAR, beskrivning: sv.data.falt.organStatus, alltid: true, varde: (d) => organStatus(d as Parameters<typeof organStatus>[0], config.idag) },
  planer: { falt: 'status', varden: PLANSTATUSAR, beskrivning: sv.data.falt.planStatus, alltid: false, varde: (d) => planStatus(d.period as Parameters<typeof planStatus>[0], config.idag) },
};

/** One entry as published in /data/<samling>/<id>.json. */
export function post(g: Graph, samling: Samling, id: string): Record<string, unknown> {
  const e = g.hamta(samling, id) as { id: string; data: unknown; body?: string };
  const { url: sida, json } = hanvisa(samling, e.id);
  const h = HARLEDDA[samling];
  const harlett = h && h.varde(e.data as Record<string, unknown>);
  return { id: e.id, url: sida, json, ...(losUpp(e.data) as object), ...(harlett ? { [h.falt]: harlett } : {}), text: e.body?.trim() ?? '' };
}

/** Every entry of a collection, in the site's order, for /data/<samling>.json. */
export function samling(g: Graph, s: Samling) {
  const poster = g.alla(s).map((e) => post(g, s, e.id));
  return { samling: s, beskrivning: sv.data.samling[SAMLINGAR[s].texter], schema: absolut(url.dataSchema(s)), antal: poster.length, poster };
}

type JsonSchema = { properties: Record<string, unknown>; required?: string[]; [k: string]: unknown };

/** The JSON Schema of one published entry of a collection, from the collection's Zod schema. */
export function jsonSchema(s: Samling): JsonSchema {
  const zod = scheman(hanvisningsfalt)[s] as z.ZodType;
  // 'throw': a field that JSON Schema cannot describe stops the build instead of becoming {}.
  const js = z.toJSONSchema(zod, { io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  const h = HARLEDDA[s];
  const krock = [...POSTFALT, 'text', ...(h ? [h.falt] : [])].filter((k) => k in js.properties);
  if (krock.length) throw new Error(`src/schemas/${s}.ts: fälten ${krock.join(', ')} är reserverade i öppna data`);
  return {
    $schema: js.$schema,
    $id: absolut(url.dataSchema(s)),
    title: s,
    description: sv.data.samling[SAMLINGAR[s].texter],
    ...js,
    properties: {
      id: { type: 'string', description: sv.data.falt.id },
      url: { type: 'string', format: 'uri', description: sv.data.falt.url },
      json: { type: 'string', format: 'uri', description: sv.data.falt.json },
      ...js.properties,
      ...(h ? { [h.falt]: { type: 'string', enum: h.varden, description: h.beskrivning } } : {}),
      text: { type: 'string', description: sv.data.falt.text },
    },
    required: [...POSTFALT, ...(js.required ?? []), ...(h?.alltid ? [h.falt] : []), 'text'],
  };
}
