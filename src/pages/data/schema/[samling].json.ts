// /data/schema/<samling>.json: the JSON Schema of one entry, generated from the Zod schema.
import type { APIRoute } from 'astro';
import { jsonSvar } from '../../../lib/json';
import { jsonSchema } from '../../../lib/oppnadata';
import { SAMLINGSNAMN, type Samling } from '../../../samlingar.ts';

export function getStaticPaths() {
  return SAMLINGSNAMN.map((s) => ({ params: { samling: s } }));
}

export const GET: APIRoute<never, { samling: Samling }> = ({ params }) =>
  jsonSvar(jsonSchema(params.samling), 'application/schema+json');
