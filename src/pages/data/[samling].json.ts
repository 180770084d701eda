// /data/<samling>.json: every entry of a collection.
import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/data';
import { jsonSvar } from '../../lib/json';
import { samling } from '../../lib/oppnadata';
import { SAMLINGSNAMN, type Samling } from '../../samlingar.ts';

export function getStaticPaths() {
  return SAMLINGSNAMN.map((s) => ({ params: { samling: s } }));
}

export const GET: APIRoute<never, { samling: Samling }> = async ({ params }) =>
  jsonSvar(samling(await getGraph(), params.samling));
