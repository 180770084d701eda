// Loads every collection of the registry once per build and derives the graph. References to
// missing entries are refused by the validation (src/lib/validering/), which the build runs first.
import { getCollection } from 'astro:content';
import { SAMLINGSNAMN } from '../samlingar.ts';
import { buildGraph, type Corpus, type Graph } from './graph/index.ts';

let laddad: Promise<Graph> | undefined;

async function ladda(): Promise<Graph> {
  const delar = await Promise.all(SAMLINGSNAMN.map(async (s) => [s, await getCollection(s)] as const));
  return buildGraph(Object.fromEntries(delar) as Corpus);
}

/** The site's content graph, loaded once per build. */
export function getGraph(): Promise<Graph> {
  laddad ??= ladda();
  return laddad;
}
