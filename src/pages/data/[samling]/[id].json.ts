// /data/<samling>/<id>.json: one entry, references resolved to ids and addresses.
import type { APIRoute } from 'astro';
import type { CollectionKey } from 'astro:content';
import { getGraph } from '../../../lib/data';
import { jsonSvar } from '../../../lib/json';
import { post } from '../../../lib/oppnadata';
import { SAMLINGAR } from '../../../schemas/index.ts';

type Params = { samling: (typeof SAMLINGAR)[number]; id: string };

export async function getStaticPaths() {
  const g = await getGraph();
  return SAMLINGAR.flatMap((samling) => g.alla(samling as CollectionKey).map((e) => ({ params: { samling, id: e.id } })));
}

export const GET: APIRoute<never, Params> = async ({ params }) => jsonSvar(post(await getGraph(), params.samling, params.id));
