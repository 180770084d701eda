// Loads every collection once per build, derives the graph and refuses dangling references:
// Astro itself only logs a reference to a missing entry, so the site makes it a build error.
import { getCollection, type CollectionKey } from 'astro:content';
import { buildGraph, type Corpus, type Graph } from './graph';
import { formateraReferensfel } from './felmeddelanden';

const SAMLINGAR: CollectionKey[] = [
  'sjukvardsregioner',
  'regioner',
  'organ',
  'personer',
  'planer',
  'mal',
  'vardprogram',
  'nyckeltal',
  'kallor',
  'ordlista',
];

let laddad: Promise<Graph> | undefined;

async function ladda(): Promise<Graph> {
  const delar = await Promise.all(SAMLINGAR.map(async (s) => [s, await getCollection(s)] as const));
  const g = buildGraph(Object.fromEntries(delar) as Corpus);
  const fel = g.referensfel();
  if (fel.length) {
    const e = new Error(formateraReferensfel(fel));
    e.stack = e.message; // the message is the whole story; a stack trace would only hide it
    throw e;
  }
  return g;
}

/** The site's content graph, loaded and checked once per build. */
export function getGraph(): Promise<Graph> {
  laddad ??= ladda();
  return laddad;
}
