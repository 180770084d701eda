// /data/schema/<samling>.json: the JSON Schema of one entry, generated from the Zod schema.
import type { APIRoute } from 'astro';
import { jsonSvar } from '../../../lib/json';
import { jsonSchema } from '../../../lib/oppnadata';
import { SAMLINGAR } from '../../../schemas/index.ts';

export function getStaticPaths() {
  return SAMLINGAR.map((s) => ({ params: { samling: s } }));
}

export const GET: APIRoute<never, { samling: (typeof SAMLINGAR)[number] }> = ({ params }) =>
  jsonSvar(jsonSchema(params.samling), 'application/schema+json');
