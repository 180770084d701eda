// /data/<samling>/<id>.json: one entry, references resolved to ids and addresses.
import type { APIRoute } from 'astro';
import { getGraph } from '../../../lib/data';
import { jsonSvar } from '../../../lib/json';
import { post } from '../../../lib/oppnadata';
import { SAMLINGSNAMN, type Samling } from '../../../samlingar.ts';

type Params = { samling: Samling; id: string };

export async function getStaticPaths() {
  const g = await getGraph();
  return SAMLINGSNAMN.flatMap((samling) => g.alla(samling).map((e) => ({ params: { samling, id: e.id } })));
}

export const GET: APIRoute<never, Params> = async ({ params }) => jsonSvar(post(await getGraph(), params.samling, params.id));
