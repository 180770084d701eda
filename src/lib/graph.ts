// The one place where relations between entries are derived. Relations are written once, on the
// lower level (a region names its healthcare region, a goal names the goals it serves); every
// reverse link, list and chain is computed here from the collections, loaded once.
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { Landmarke } from './urls';

export type Corpus = { [K in CollectionKey]: CollectionEntry<K>[] };
type Entry<K extends CollectionKey> = CollectionEntry<K>;
type Ref<K extends CollectionKey = CollectionKey> = { id: string; collection: K };

export interface Krumma {
  namn: string;
  samling?: CollectionKey;
  id?: string;
  /** Landmark pages without an entry: 'nationellt', 'sok', … */
  sida?: Landmarke;
}

export interface Referensfel {
  fil: string;
  falt: string;
  varde: string;
  samling: CollectionKey;
  forslag: string[];
}

/** A tree node for goal traceability. */
export interface MalNod {
  mal: Entry<'mal'>;
  barn: MalNod[];
}

export const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && typeof (v as Ref).id === 'string' && typeof (v as Ref).collection === 'string' && Object.keys(v).length === 2;

/** Every reference in an entry's data, with the dotted field path where it stands. */
export function referenserI(data: unknown, vag = ''): { falt: string; ref: Ref }[] {
  if (isRef(data)) return [{ falt: vag, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => referenserI(v, `${vag}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => referenserI(v, vag ? `${vag}.${k}` : k));
  return [];
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function avstand(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest existing ids, best first. */
export function narmaste(id: string, ids: Iterable<string>, antal = 3): string[] {
  return [...ids]
    .map((k) => ({ k, d: avstand(id, k) - (k.includes(id) || id.includes(k) ? 2 : 0) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, antal)
    .map((x) => x.k);
}

const sv = new Intl.Collator('sv');

function grupp<T>(lista: T[], nycklar: (t: T) => (string | undefined)[]): Map<string, T[]> {
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

export function buildGraph(c: Corpus) {
  const index = {} as { [K in CollectionKey]: Map<string, Entry<K>> };
  for (const k of Object.keys(c) as CollectionKey[])
    (index as Record<string, Map<string, unknown>>)[k] = new Map(c[k].map((e) => [e.id, e]));

  const namn = (samling: CollectionKey, id: string): string => {
    const e = index[samling].get(id) as { data: Record<string, unknown> } | undefined;
    if (!e) return id;
    const d = e.data;
    return String(d.namn ?? d.titel ?? d.term ?? id);
  };
  const kortnamn = (samling: CollectionKey, id: string): string => {
    const d = (index[samling].get(id) as { data: Record<string, unknown> } | undefined)?.data;
    return String(d?.kortnamn ?? namn(samling, id));
  };
  const efterNamn = <K extends CollectionKey>(samling: K) => (a: Entry<K>, b: Entry<K>) =>
    sv.compare(namn(samling, a.id), namn(samling, b.id));

  const organ = c.organ;
  const underordnade = grupp(organ, (o) => o.data.rapporterarTill.map((r) => r.id));
  const delar = grupp(organ, (o) => [o.data.delAv?.id]);
  const organPerRegion = grupp(organ, (o) => [o.data.niva === 'region' ? o.data.region?.id : undefined]);
  const organPerSvr = grupp(organ, (o) => [o.data.niva === 'sjukvardsregion' ? o.data.sjukvardsregion?.id : undefined]);
  const organPerMal = grupp(organ, (o) => o.data.mal.map((m) => m.id));
  const organPerPlan = grupp(organ, (o) => o.data.planer.map((p) => p.id));
  const regionerPerSvr = grupp(c.regioner, (r) => r.data.sjukvardsregioner.map((s) => s.id.id));
  const planerPerRegion = grupp(c.planer, (p) => [p.data.niva === 'region' ? p.data.region?.id : undefined]);
  const planerPerSvr = grupp(c.planer, (p) => [p.data.niva === 'sjukvardsregion' ? p.data.sjukvardsregion?.id : undefined]);
  const byggerPaDenna = grupp(c.planer, (p) => p.data.byggerPa.map((b) => b.id));
  const malPerPlan = grupp(c.mal, (m) => [m.data.plan.id]);
  const bidrarHit = grupp(c.mal, (m) => m.data.bidrarTill.map((b) => b.id));
  const vardprogramPerOrgan = grupp(c.vardprogram, (v) => v.data.ansvariga.map((a) => a.id));
  const nyckeltalPerOrgan = grupp(c.nyckeltal, (n) => [n.data.organ?.id]);
  const nyckeltalPerSvr = grupp(c.nyckeltal, (n) => [n.data.sjukvardsregion?.id]);
  const uppdragPerPerson = grupp(
    organ.flatMap((o) => o.data.medlemmar.map((m) => ({ organ: o, ...m }))),
    (u) => [u.person.id],
  );
  const beslutPerPerson = grupp(organ, (o) => [o.data.uppdrag.beslut?.person?.id]);

  // Which entries cite each source, from every reference into `kallor` wherever it stands.
  const citeringar = new Map<string, { samling: CollectionKey; id: string }[]>();
  for (const samling of Object.keys(c) as CollectionKey[])
    for (const e of c[samling] as { id: string; data: unknown }[])
      for (const { ref } of referenserI(e.data))
        if (ref.collection === 'kallor') {
          const l = citeringar.get(ref.id) ?? [];
          if (!l.some((x) => x.samling === samling && x.id === e.id)) l.push({ samling, id: e.id });
          citeringar.set(ref.id, l);
        }

  const sorterad = <K extends CollectionKey>(samling: K, l: Entry<K>[] | undefined) => [...(l ?? [])].sort(efterNamn(samling));
  const malOrdning = (a: Entry<'mal'>, b: Entry<'mal'>) =>
    (a.data.nummer ?? 999) - (b.data.nummer ?? 999) || sv.compare(a.data.titel, b.data.titel);

  function kedjaFor(id: string, steg: (m: Entry<'mal'>) => Entry<'mal'>[], sett: Set<string>): MalNod[] {
    const m = index.mal.get(id);
    if (!m || sett.has(id)) return [];
    const nasta = new Set(sett).add(id);
    return steg(m)
      .filter((x) => !nasta.has(x.id))
      .sort(malOrdning)
      .map((x) => ({ mal: x, barn: kedjaFor(x.id, steg, nasta) }));
  }
  const upp = (m: Entry<'mal'>) => m.data.bidrarTill.map((r) => index.mal.get(r.id)).filter((x): x is Entry<'mal'> => !!x);
  const ner = (m: Entry<'mal'>) => bidrarHit.get(m.id) ?? [];

  function krummorForPlats(niva: string, svr?: string, region?: string): Krumma[] {
    const k: Krumma[] = [];
    if (niva === 'nationell') k.push({ namn: 'Nationell nivå', sida: 'nationellt' });
    if (niva === 'sjukvardsregion' && svr) k.push({ namn: namn('sjukvardsregioner', svr), samling: 'sjukvardsregioner', id: svr });
    if (niva === 'region' && region) {
      const r = index.regioner.get(region);
      const s = svr ?? r?.data.sjukvardsregioner[0]?.id.id;
      if (s) k.push({ namn: namn('sjukvardsregioner', s), samling: 'sjukvardsregioner', id: s });
      k.push({ namn: namn('regioner', region), samling: 'regioner', id: region });
    }
    return k;
  }

  const g = {
    corpus: c,
    index,
    namn,
    kortnamn,
    har: (samling: CollectionKey, id: string) => index[samling].has(id),
    hamta<K extends CollectionKey>(samling: K, id: string): Entry<K> {
      const e = index[samling].get(id);
      if (!e) throw new Error(`${samling}/${id} finns inte`);
      return e;
    },
    alla<K extends CollectionKey>(samling: K): Entry<K>[] {
      return samling === 'mal' ? ([...c.mal].sort(malOrdning) as Entry<K>[]) : sorterad(samling, c[samling] as Entry<K>[]);
    },
    underordnade: (id: string) => sorterad('organ', underordnade.get(id)),
    delar: (id: string) => sorterad('organ', delar.get(id)),
    organIRegion: (id: string) => sorterad('organ', organPerRegion.get(id)),
    organISjukvardsregion: (id: string) => sorterad('organ', organPerSvr.get(id)),
    nationellaOrgan: () => sorterad('organ', organ.filter((o) => o.data.niva === 'nationell')),
    regionerI: (svr: string) =>
      sorterad('regioner', regionerPerSvr.get(svr)).map((r) => ({
        region: r,
        del: r.data.sjukvardsregioner.find((s) => s.id.id === svr)?.del,
      })),
    planerIRegion: (id: string) => sorterad('planer', planerPerRegion.get(id)),
    planerISjukvardsregion: (id: string) => sorterad('planer', planerPerSvr.get(id)),
    nationellaPlaner: () => sorterad('planer', c.planer.filter((p) => p.data.niva === 'nationell')),
    planerSomByggerPa: (id: string) => sorterad('planer', byggerPaDenna.get(id)),
    malIPlan: (id: string) => [...(malPerPlan.get(id) ?? [])].sort(malOrdning),
    malSomBidrarTill: (id: string) => [...(bidrarHit.get(id) ?? [])].sort(malOrdning),
    organSomTjanarMal: (id: string) => sorterad('organ', organPerMal.get(id)),
    organSomAnvanderPlan: (id: string) => sorterad('organ', organPerPlan.get(id)),
    /** Goals this goal serves, transitively, as a tree (upward). */
    malUppat: (id: string) => kedjaFor(id, upp, new Set()),
    /** Goals that serve this goal, transitively, as a tree (downward). */
    malNedat: (id: string) => kedjaFor(id, ner, new Set()),
    vardprogramFor: (organId: string) => sorterad('vardprogram', vardprogramPerOrgan.get(organId)),
    nyckeltalForOrgan: (id: string) => nyckeltalPerOrgan.get(id) ?? [],
    nyckeltalForSjukvardsregion: (id: string) => nyckeltalPerSvr.get(id) ?? [],
    /** Entries whose facts come from this source. */
    citeradAv: (kallaId: string) =>
      [...(citeringar.get(kallaId) ?? [])].sort((a, b) => sv.compare(namn(a.samling, a.id), namn(b.samling, b.id))),
    /** Roles a person holds in bodies, and the mandates they signed. */
    uppdragFor: (personId: string) => ({
      medlemskap: [...(uppdragPerPerson.get(personId) ?? [])].sort((a, b) => sv.compare(a.organ.data.namn, b.organ.data.namn)),
      beslut: sorterad('organ', beslutPerPerson.get(personId)),
    }),
    /** Breadcrumb trail for an entry, by level (not including the entry itself). */
    krummor(samling: CollectionKey, id: string): Krumma[] {
      switch (samling) {
        case 'organ': {
          const d = g.hamta('organ', id).data;
          return krummorForPlats(d.niva, d.sjukvardsregion?.id, d.region?.id);
        }
        case 'planer': {
          const d = g.hamta('planer', id).data;
          return krummorForPlats(d.niva, d.sjukvardsregion?.id, d.region?.id);
        }
        case 'mal': {
          const plan = g.hamta('mal', id).data.plan.id;
          return [...g.krummor('planer', plan), { namn: namn('planer', plan), samling: 'planer', id: plan }];
        }
        case 'regioner': {
          const s = g.hamta('regioner', id).data.sjukvardsregioner[0]?.id.id;
          return s ? [{ namn: namn('sjukvardsregioner', s), samling: 'sjukvardsregioner', id: s }] : [];
        }
        case 'sjukvardsregioner':
          return [{ namn: 'Sjukvårdsregioner', sida: 'sjukvardsregioner' }];
        case 'vardprogram':
          return [{ namn: 'Nationell nivå', sida: 'nationellt' }, { namn: 'Vårdprogram och vårdförlopp', sida: 'vardprogram' }];
        case 'kallor':
          return [{ namn: 'Källor', sida: 'kallor' }];
        default:
          return [];
      }
    },
    /**
     * Every reference that points to an entry that does not exist, with the closest ids.
     * Astro only logs these; the site treats them as build errors.
     */
    referensfel(): Referensfel[] {
      const fel: Referensfel[] = [];
      for (const samling of Object.keys(c) as CollectionKey[])
        for (const e of c[samling] as { id: string; data: unknown; filePath?: string }[])
          for (const { falt, ref } of referenserI(e.data))
            if (!index[ref.collection]?.has(ref.id))
              fel.push({
                fil: e.filePath ?? `${samling}/${e.id}`,
                falt,
                varde: ref.id,
                samling: ref.collection,
                forslag: narmaste(ref.id, index[ref.collection]?.keys() ?? []),
              });
      return fel;
    },
  };
  return g;
}

export type Graph = ReturnType<typeof buildGraph>;
