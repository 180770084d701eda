// The site's content graph: the core (indexes and relations, computed once from the collections)
// with the views built on it (breadcrumbs, organisation chart, timeline, patient views, series).
// Pages ask the graph; none filters a collection itself.
import { byggKarna, type Corpus } from './karna.ts';
import { malkedjor } from './malkedjor.ts';
import { navigation } from './navigation.ts';
import { patientvyer } from './patient.ts';
import { organRelationer, ovrigaRelationer } from './relationer.ts';
import { organisationsschemat } from './schema.ts';
import { serier } from './serier.ts';
import { tidslinjen } from './tidslinje.ts';

export type { Corpus, Entry, Karna } from './karna.ts';
export type { MalNod } from './malkedjor.ts';
export type { Krumma } from './navigation.ts';
export type { Kontaktvag, NivaGrupp, PlatsGrupp } from './patient.ts';
export type { Plats } from './relationer.ts';
export type { Omfang, SchemaNod } from './schema.ts';
export type { Handelse } from './tidslinje.ts';
export { isRef, referenserI } from '../referenser.ts';
export { avstand, narmaste } from '../forslag.ts';

export function buildGraph(c: Corpus) {
  const karna = byggKarna(c);
  const organ = organRelationer(karna);
  const ovriga = ovrigaRelationer(karna);
  return {
    ...karna,
    ...organ,
    ...ovriga,
    ...malkedjor(karna),
    ...navigation(karna),
    ...organisationsschemat(karna, organ),
    ...tidslinjen(karna),
    ...patientvyer(karna, ovriga),
    serier,
  };
}

export type Graph = ReturnType<typeof buildGraph>;
