// /data/<samling>.json: every entry of a collection.
import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/data';
import { jsonSvar } from '../../lib/json';
import { samling } from '../../lib/oppnadata';
import { SAMLINGAR } from '../../schemas/index.ts';

export function getStaticPaths() {
  return SAMLINGAR.map((s) => ({ params: { samling: s } }));
}

export const GET: APIRoute<never, { samling: (typeof SAMLINGAR)[number] }> = async ({ params }) =>
  jsonSvar(samling(await getGraph(), params.samling));
