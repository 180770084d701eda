// What every entry page does first: one page per entry; the entry, its data, its rendered text
// and the graph.
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { getGraph } from '../lib/data';

/** `getStaticPaths` for a collection's entry pages. */
export const postvagar = (samling: CollectionKey) => async () => (await getGraph()).alla(samling).map((e) => ({ params: { id: e.id } }));

/** The graph and the entry a page is for, with its data and its rendered prose. */
export async function posten<K extends CollectionKey>(samling: K, id: string | undefined) {
  const g = await getGraph();
  const post = g.hamta(samling, id!);
  const { Content } = await render(post);
  const data: CollectionEntry<K>['data'] = post.data;
  return { g, post, data, Content };
}
