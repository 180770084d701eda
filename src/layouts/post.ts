// What every entry page does first: one page per entry, and the entry with the graph.
import type { CollectionKey } from 'astro:content';
import { getGraph } from '../lib/data';

/** `getStaticPaths` for a collection's entry pages. */
export const postvagar = (samling: CollectionKey) => async () => (await getGraph()).alla(samling).map((e) => ({ params: { id: e.id } }));

/** The graph and the entry a page is for. */
export async function posten<K extends CollectionKey>(samling: K, id: string | undefined) {
  const g = await getGraph();
  return { g, post: g.hamta(samling, id!) };
}
