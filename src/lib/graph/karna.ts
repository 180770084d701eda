// The framework-free core of the graph: typed entries, one index per collection, names and the
// site's sort orders. No UI strings and no runtime import of astro:content, so that scripts and
// unit tests can build it from plain objects.
import type { CollectionEntry, CollectionKey } from 'astro:content';

export type Corpus = { [K in CollectionKey]: CollectionEntry<K>[] };
export type Entry<K extends CollectionKey> = CollectionEntry<K>;

export const sv = new Intl.Collator('sv');

/** Entries grouped by the keys each one gives (an entry with several keys is in several groups). */
export function grupp<T>(lista: readonly T[], nycklar: (t: T) => (string | undefined)[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of lista)
    for (const k of new Set(nycklar(t))) {
      if (k === undefined) continue;
      const l = m.get(k);
      if (l) l.push(t);
      else m.set(k, [t]);
    }
  return m;
}

/** Goals in their plan's order (by number), then by title. */
export const malOrdning = (a: Entry<'mal'>, b: Entry<'mal'>) =>
  (a.data.nummer ?? 999) - (b.data.nummer ?? 999) || sv.compare(a.data.titel, b.data.titel);

/** The core: indexes, names and sorting, computed once from the corpus. */
export function byggKarna(c: Corpus) {
  const index = {} as { [K in CollectionKey]: Map<string, Entry<K>> };
  for (const k of Object.keys(c) as CollectionKey[])
    (index as Record<string, Map<string, unknown>>)[k] = new Map(c[k].map((e) => [e.id, e]));

  const data = (samling: CollectionKey, id: string) =>
    (index[samling].get(id) as { data: Record<string, unknown> } | undefined)?.data;
  /** An entry's display name: `namn`, `titel` or `term`, whichever the collection has. */
  const namn = (samling: CollectionKey, id: string): string => {
    const d = data(samling, id);
    return d ? String(d.namn ?? d.titel ?? d.term ?? id) : id;
  };
  const kortnamn = (samling: CollectionKey, id: string): string => String(data(samling, id)?.kortnamn ?? namn(samling, id));
  const efterNamn = <K extends CollectionKey>(samling: K) => (a: Entry<K>, b: Entry<K>) =>
    sv.compare(namn(samling, a.id), namn(samling, b.id));
  const sorterad = <K extends CollectionKey>(samling: K, l: readonly Entry<K>[] | undefined) => [...(l ?? [])].sort(efterNamn(samling));

  return {
    corpus: c,
    index,
    namn,
    kortnamn,
    efterNamn,
    sorterad,
    har: (samling: CollectionKey, id: string) => index[samling].has(id),
    hamta<K extends CollectionKey>(samling: K, id: string): Entry<K> {
      const e = index[samling].get(id);
      if (!e) throw new Error(`${samling}/${id} finns inte`);
      return e;
    },
    /** Every entry of a collection, by name (goals in their plan's order). */
    alla<K extends CollectionKey>(samling: K): Entry<K>[] {
      return samling === 'mal' ? ([...c.mal].sort(malOrdning) as Entry<K>[]) : sorterad(samling, c[samling] as Entry<K>[]);
    },
  };
}

export type Karna = ReturnType<typeof byggKarna>;
