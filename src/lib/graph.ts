// The one place where relations between entries are derived. Relations are written once, on the
// lower level (a region names its healthcare region, a goal names the goals it serves); every
// reverse link, list and chain is computed here from the collections, loaded once.
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { Landmarke } from './urls';
import { FRAGOR, ORGANTYPER, PATIENTKATEGORIER, type Fraga } from '../schemas/organ.ts';
import { NIVAER, type Niva } from '../schemas/falt.ts';

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

/**
 * A box in an organisation chart: a body, or the place (level, healthcare region, region) that
 * bodies without a reporting line hang under. `ocksa`: other bodies this one reports to or is
 * part of, beyond the one it is drawn under.
 */
export interface SchemaNod {
  slag: 'organ' | 'nationell' | 'sjukvardsregion' | 'region';
  id: string;
  namn: string;
  ocksa: string[];
  barn: SchemaNod[];
}

/** One dated event in the content, for the timeline. */
export interface Handelse {
  datum: string;
  slag: 'beslut' | 'bildat' | 'upphort' | 'planBeslut' | 'ikraft' | 'planStart' | 'planSlut' | 'infort' | 'namnbyte' | 'regionSedan' | 'sedan';
  samling: 'organ' | 'planer' | 'vardprogram' | 'regioner' | 'sjukvardsregioner';
  id: string;
  niva: 'nationell' | 'sjukvardsregion' | 'region';
  /** Healthcare regions and regions the event concerns. */
  sjukvardsregioner: string[];
  regioner: string[];
  kallor: string[];
  /** The former name, for a change of name. */
  tidigare?: string;
}

/** A tree node for goal traceability. */
export interface MalNod {
  mal: Entry<'mal'>;
  barn: MalNod[];
}

export { isRef, referenserI } from './referenser.ts';
export { avstand, narmaste } from './forslag.ts';
import { referenserI } from './referenser.ts';
import { narmaste } from './forslag.ts';

const sv = new Intl.Collator('sv');

/** Care-programme kinds whose responsible bodies (`ansvariga`) also answer a question on /kontakt/. */
const VARDPROGRAMTYP_FOR_FRAGA: Partial<Record<Fraga, string>> = { vardprogram: 'nationellt-vardprogram', 'vantetider-svf': 'svf' };

/** Bodies on one level, grouped by the place they belong to (none on the national level). */
export interface PlatsGrupp {
  plats?: { samling: 'regioner' | 'sjukvardsregioner'; id: string; namn: string };
  organ: Entry<'organ'>[];
}
export interface NivaGrupp {
  niva: Niva;
  platser: PlatsGrupp[];
}

/** A body that handles a question, with the sources that say so and the care programmes it answers for. */
export interface Kontaktvag {
  organ: Entry<'organ'>;
  kallor: string[];
  vardprogram: Entry<'vardprogram'>[];
}

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
  const organPerTyp = grupp(organ, (o) => [o.data.typ]);
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

  const nivaIndex = (o: Entry<'organ'>) => NIVAER.indexOf(o.data.niva);
  const platsFor = (o: Entry<'organ'>): PlatsGrupp['plats'] => {
    if (o.data.niva === 'region' && o.data.region) return { samling: 'regioner', id: o.data.region.id, namn: namn('regioner', o.data.region.id) };
    if (o.data.niva === 'sjukvardsregion' && o.data.sjukvardsregion)
      return { samling: 'sjukvardsregioner', id: o.data.sjukvardsregion.id, namn: namn('sjukvardsregioner', o.data.sjukvardsregion.id) };
    return undefined;
  };
  /** Level by level (national first), place by place, bodies by name. */
  function perNivaOchPlats(lista: Entry<'organ'>[]): NivaGrupp[] {
    return NIVAER.map((niva) => {
      const paNivan = lista.filter((o) => o.data.niva === niva);
      const platser = new Map<string, PlatsGrupp>();
      for (const o of paNivan) {
        const plats = platsFor(o);
        const k = plats?.id ?? '';
        if (!platser.has(k)) platser.set(k, { plats, organ: [] });
        platser.get(k)!.organ.push(o);
      }
      return {
        niva,
        platser: [...platser.values()]
          .sort((a, b) => sv.compare(a.plats?.namn ?? '', b.plats?.namn ?? ''))
          .map((p) => ({ ...p, organ: p.organ.sort(efterNamn('organ')) })),
      };
    }).filter((n) => n.platser.length > 0);
  }
  const patientrader = (o: Entry<'organ'>) => o.data.uppdrag.sammansattning.filter((r) => PATIENTKATEGORIER.includes(r.kategori));

  /** Bodies above a body: what it is part of first, then whom it reports to. */
  const overordnade = (o: Entry<'organ'>) =>
    [...new Set([o.data.delAv?.id, ...o.data.rapporterarTill.map((r) => r.id)])].filter((x): x is string => !!x && index.organ.has(x));

  /**
   * The organisation chart of one level: every body of the national level, or of a healthcare
   * region and its member regions, under the body it is part of or reports to (the first one
   * named); bodies with none hang under their place. A body above from outside the scope is shown
   * as a root of its own. The first root is always the place.
   */
  function organisationsschema(omfang: 'nationell' | { sjukvardsregion: string }): SchemaNod[] {
    const regioner = omfang === 'nationell' ? [] : g.regionerI(omfang.sjukvardsregion).map((r) => r.region);
    const iOmfang =
      omfang === 'nationell'
        ? organ.filter((o) => o.data.niva === 'nationell')
        : [...(organPerSvr.get(omfang.sjukvardsregion) ?? []), ...regioner.flatMap((r) => organPerRegion.get(r.id) ?? [])];
    const ids = new Set(iOmfang.map((o) => o.id));
    const primar = new Map<string, string>();
    for (const o of iOmfang) {
      const p = overordnade(o)[0];
      if (p) primar.set(o.id, p);
    }
    // A reporting line that loops back is cut where the loop was first met.
    for (const o of iOmfang)
      for (let x = primar.get(o.id), steg = 0; x !== undefined && steg <= iOmfang.length; x = primar.get(x), steg++)
        if (x === o.id) {
          primar.delete(o.id);
          break;
        }
    const barnTill = grupp(iOmfang.filter((o) => primar.has(o.id)), (o) => [primar.get(o.id)]);
    const nod = (o: Entry<'organ'>): SchemaNod => ({
      slag: 'organ',
      id: o.id,
      namn: o.data.namn,
      ocksa: overordnade(o).filter((x) => x !== primar.get(o.id)),
      barn: sorterad('organ', barnTill.get(o.id)).map(nod),
    });
    const rotter = (l: Entry<'organ'>[]) => sorterad('organ', l.filter((o) => !primar.has(o.id))).map(nod);
    const plats: SchemaNod =
      omfang === 'nationell'
        ? { slag: 'nationell', id: 'nationell', namn: 'Nationell nivå', ocksa: [], barn: rotter(iOmfang) }
        : {
            slag: 'sjukvardsregion',
            id: omfang.sjukvardsregion,
            namn: namn('sjukvardsregioner', omfang.sjukvardsregion),
            ocksa: [],
            barn: [
              ...rotter(organPerSvr.get(omfang.sjukvardsregion) ?? []),
              ...regioner
                .map((r): SchemaNod => ({ slag: 'region', id: r.id, namn: r.data.namn, ocksa: [], barn: rotter(organPerRegion.get(r.id) ?? []) }))
                .filter((r) => r.barn.length > 0),
            ],
          };
    const utanfor = sorterad('organ', [...new Set(primar.values())].filter((p) => !ids.has(p)).map((p) => index.organ.get(p)!));
    return [plats, ...utanfor.map((o) => ({ slag: 'organ' as const, id: o.id, namn: o.data.namn, ocksa: [], barn: sorterad('organ', barnTill.get(o.id)).map(nod) }))];
  }

  /** Healthcare regions and regions an entry belongs to, by its region or healthcare region. */
  const platserFor = (d: { region?: { id: string }; sjukvardsregion?: { id: string } }) => {
    const regioner = d.region ? [d.region.id] : [];
    const svr = new Set<string>(d.sjukvardsregion ? [d.sjukvardsregion.id] : []);
    for (const r of regioner) for (const s of index.regioner.get(r)?.data.sjukvardsregioner ?? []) svr.add(s.id.id);
    return { sjukvardsregioner: [...svr], regioner };
  };

  /** Every dated event in the content, oldest first: decisions, plan periods, introductions, names. */
  function tidslinje(): Handelse[] {
    const h: Handelse[] = [];
    const kallor = (d: { kallor: { id: string }[] }) => d.kallor.map((k) => k.id);
    const lagg = (datum: string | undefined, rest: Omit<Handelse, 'datum'>) => datum && h.push({ datum, ...rest });
    for (const o of organ) {
      const bas = { samling: 'organ' as const, id: o.id, niva: o.data.niva, ...platserFor(o.data), kallor: kallor(o.data) };
      lagg(o.data.uppdrag.beslut?.datum, { ...bas, slag: 'beslut' });
      lagg(o.data.bildat, { ...bas, slag: 'bildat' });
      lagg(o.data.upphort, { ...bas, slag: 'upphort' });
    }
    for (const p of c.planer) {
      const bas = { samling: 'planer' as const, id: p.id, niva: p.data.niva, ...platserFor(p.data), kallor: kallor(p.data) };
      lagg(p.data.beslutsdatum, { ...bas, slag: 'planBeslut' });
      lagg(p.data.ikraft, { ...bas, slag: 'ikraft' });
      lagg(p.data.period?.fran, { ...bas, slag: 'planStart' });
      lagg(p.data.period?.till, { ...bas, slag: 'planSlut' });
    }
    for (const v of c.vardprogram)
      lagg(v.data.infort, { samling: 'vardprogram', id: v.id, niva: 'nationell', sjukvardsregioner: [], regioner: [], kallor: kallor(v.data), slag: 'infort' });
    for (const r of c.regioner) {
      const bas = { samling: 'regioner' as const, id: r.id, niva: 'region' as const, ...platserFor({ region: { id: r.id } }), kallor: kallor(r.data) };
      for (const t of r.data.tidigareNamn) lagg(t.till, { ...bas, slag: 'namnbyte', tidigare: t.namn, kallor: t.kalla ? [t.kalla.id] : bas.kallor });
      // Becoming a region usually is the change of name: one event, not two.
      if (!r.data.tidigareNamn.some((t) => t.till === r.data.regionSedan)) lagg(r.data.regionSedan, { ...bas, slag: 'regionSedan' });
    }
    for (const s of c.sjukvardsregioner) {
      const bas = { samling: 'sjukvardsregioner' as const, id: s.id, niva: 'sjukvardsregion' as const, sjukvardsregioner: [s.id], regioner: [], kallor: kallor(s.data) };
      for (const t of s.data.tidigareNamn) lagg(t.till, { ...bas, slag: 'namnbyte', tidigare: t.namn, kallor: t.kalla ? [t.kalla.id] : bas.kallor });
      if (!s.data.tidigareNamn.some((t) => t.till === s.data.sedan)) lagg(s.data.sedan, { ...bas, slag: 'sedan' });
    }
    return h.sort((a, b) => a.datum.localeCompare(b.datum) || sv.compare(namn(a.samling, a.id), namn(b.samling, b.id)));
  }

  const g = {
    corpus: c,
    tidslinje,
    organisationsschema,
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
    /** The body types that have at least one body, in the schema's order (national first). */
    organtyper: () => ORGANTYPER.filter((t) => organPerTyp.has(t)),
    organAvTyp: (typ: string) => sorterad('organ', organPerTyp.get(typ)),
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
    /** Figures that share a series id, by series, oldest year first; only series of two or more years. */
    serier: (lista: Entry<'nyckeltal'>[]) =>
      [...grupp(lista, (n) => [n.data.serie]).entries()]
        .map(([serie, punkter]) => ({ serie, punkter: [...punkter].sort((a, b) => a.data.ar - b.data.ar) }))
        .filter((s) => new Set(s.punkter.map((p) => p.data.ar)).size >= 2)
        .sort((a, b) => sv.compare(a.punkter[0].data.namn, b.punkter[0].data.namn)),
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
    /** The composition rows that give patients or relatives a seat in a body. */
    patientplatser: patientrader,
    /** Every body whose composition includes patients or relatives, by level and place. */
    patientmedverkan: () => perNivaOchPlats(organ.filter((o) => patientrader(o).length > 0)),
    /**
     * Who handles a question: bodies that list it in `fragor` (with the sources), and the bodies
     * responsible for the care programmes of the matching kind.
     */
    kontaktvagar(fraga: Fraga): Kontaktvag[] {
      const m = new Map<string, Kontaktvag>();
      const post = (o: Entry<'organ'>) => {
        if (!m.has(o.id)) m.set(o.id, { organ: o, kallor: [], vardprogram: [] });
        return m.get(o.id)!;
      };
      for (const o of organ) for (const f of o.data.fragor) if (f.fraga === fraga) post(o).kallor.push(f.kalla.id);
      const typ = VARDPROGRAMTYP_FOR_FRAGA[fraga];
      if (typ)
        for (const v of sorterad('vardprogram', c.vardprogram.filter((v) => v.data.typ === typ)))
          for (const a of v.data.ansvariga) {
            const o = index.organ.get(a.id);
            if (o) post(o).vardprogram.push(v);
          }
      return [...m.values()].sort((a, b) => nivaIndex(a.organ) - nivaIndex(b.organ) || efterNamn('organ')(a.organ, b.organ));
    },
    fragor: FRAGOR,
    /** The place (region or healthcare region) a body belongs to at its level. */
    platsFor,
    /** A body's public website, or that of the body it is part of. */
    webbplatsFor(id: string): { adress: string; via?: Entry<'organ'> } | undefined {
      const o = index.organ.get(id);
      if (!o) return undefined;
      if (o.data.webbplats) return { adress: o.data.webbplats };
      const over = o.data.delAv && index.organ.get(o.data.delAv.id);
      return over?.data.webbplats ? { adress: over.data.webbplats, via: over } : undefined;
    },
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
