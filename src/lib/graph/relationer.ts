// Reverse relations and membership lists. Relations are written once, on the lower level (a region
// names its healthcare region, a body names whom it reports to); every list the other way is
// derived here, once.
import type { CollectionKey } from 'astro:content';
import { ORGANTYPER } from '../../schemas/organ.ts';
import type { Niva } from '../../schemas/falt.ts';
import { referenserI } from '../referenser.ts';
import { kallansAr } from '../tid.ts';
import { grupp, sv, type Entry, type Karna } from './karna.ts';

/** The place (region or healthcare region) an entry belongs to at its level. */
export type Plats = { samling: 'regioner' | 'sjukvardsregioner'; id: string; namn: string };

/** Which entries cite each source, from every reference into `kallor` wherever it stands. */
function citeringar(c: Karna['corpus']) {
  const m = new Map<string, { samling: CollectionKey; id: string }[]>();
  for (const samling of Object.keys(c) as CollectionKey[])
    for (const e of c[samling] as { id: string; data: unknown }[])
      for (const { ref } of referenserI(e.data))
        if (ref.collection === 'kallor') {
          const l = m.get(ref.id) ?? [];
          if (!l.some((x) => x.samling === samling && x.id === e.id)) l.push({ samling, id: e.id });
          m.set(ref.id, l);
        }
  return m;
}

const efternamn = (namn: string) => namn.split(' ').at(-1)!;

export function organRelationer(k: Karna) {
  const { corpus: c, sorterad } = k;
  const organ = c.organ;
  const underordnade = grupp(organ, (o) => o.data.rapporterarTill.map((r) => r.id));
  const delar = grupp(organ, (o) => [o.data.delAv?.id]);
  const perRegion = grupp(organ, (o) => [o.data.niva === 'region' ? o.data.region?.id : undefined]);
  const perSvr = grupp(organ, (o) => [o.data.niva === 'sjukvardsregion' ? o.data.sjukvardsregion?.id : undefined]);
  const perTyp = grupp(organ, (o) => [o.data.typ]);
  const perMal = grupp(organ, (o) => o.data.mal.map((m) => m.id));
  const perPlan = grupp(organ, (o) => o.data.planer.map((p) => p.id));
  const regionerPerSvr = grupp(c.regioner, (r) => r.data.sjukvardsregioner.map((s) => s.id.id));
  const paNiva = (niva: Niva) => sorterad('organ', organ.filter((o) => o.data.niva === niva));

  const regionerI = (svr: string) =>
    sorterad('regioner', regionerPerSvr.get(svr)).map((r) => ({ region: r, del: r.data.sjukvardsregioner.find((s) => s.id.id === svr)?.del }));
  const organIRegion = (id: string) => sorterad('organ', perRegion.get(id));
  const organISjukvardsregion = (id: string) => sorterad('organ', perSvr.get(id));
  return {
    underordnade: (id: string) => sorterad('organ', underordnade.get(id)),
    delar: (id: string) => sorterad('organ', delar.get(id)),
    organIRegion,
    organISjukvardsregion,
    /** Bodies at region level in the member regions of a healthcare region. */
    organIRegionernaI: (svr: string) => regionerI(svr).flatMap((r) => organIRegion(r.region.id)),
    /**
     * The bodies that cover a region from its healthcare region(s): one group per healthcare region
     * (Halland has two), with the part of the region that belongs there and the bodies at that level.
     */
    organSomTackerRegion: (regionId: string) =>
      k.hamta('regioner', regionId).data.sjukvardsregioner.map((s) => ({
        sjukvardsregion: s.id.id,
        del: s.del,
        organ: organISjukvardsregion(s.id.id),
      })),
    /** The body types that have at least one body, in the schema's order (national first). */
    organtyper: () => ORGANTYPER.filter((t) => perTyp.has(t)),
    organAvTyp: (typ: string) => sorterad('organ', perTyp.get(typ)),
    /** Bodies on one level, optionally of one type only. */
    organPaNiva: (niva: Niva, typ?: string) => paNiva(niva).filter((o) => typ === undefined || o.data.typ === typ),
    nationellaOrgan: () => paNiva('nationell'),
    regionerI,
    /** Regions that belong to more than one healthcare region (Halland: a northern and a southern part), by name. */
    regionerIFleraSjukvardsregioner: () => sorterad('regioner', c.regioner.filter((r) => r.data.sjukvardsregioner.length > 1)),
    /** Member regions of a healthcare region that have bodies of their own. */
    regionerMedOrganI: (svr: string) => regionerI(svr).filter((r) => perRegion.has(r.region.id)),
    organSomTjanarMal: (id: string) => sorterad('organ', perMal.get(id)),
    organSomAnvanderPlan: (id: string) => sorterad('organ', perPlan.get(id)),
  };
}

export function ovrigaRelationer(k: Karna) {
  const { corpus: c, index, sorterad, namn } = k;
  const planerPerRegion = grupp(c.planer, (p) => [p.data.niva === 'region' ? p.data.region?.id : undefined]);
  const planerPerSvr = grupp(c.planer, (p) => [p.data.niva === 'sjukvardsregion' ? p.data.sjukvardsregion?.id : undefined]);
  const byggerPaDenna = grupp(c.planer, (p) => p.data.byggerPa.map((b) => b.id));
  const vardprogramPerOrgan = grupp(c.vardprogram, (v) => v.data.ansvariga.map((a) => a.id));
  const nyckeltalPerOrgan = grupp(c.nyckeltal, (n) => [n.data.organ?.id]);
  const nyckeltalPerSvr = grupp(c.nyckeltal, (n) => [n.data.sjukvardsregion?.id]);
  const uppdragPerPerson = grupp(c.organ.flatMap((o) => o.data.medlemmar.map((m) => ({ organ: o, ...m }))), (u) => [u.person.id]);
  const beslutPerPerson = grupp(c.organ, (o) => [o.data.uppdrag.beslut?.person?.id]);
  const citerade = citeringar(c);
  const citeradAv = (kallaId: string) =>
    [...(citerade.get(kallaId) ?? [])].sort((a, b) => sv.compare(namn(a.samling, a.id), namn(b.samling, b.id)));

  return {
    planerIRegion: (id: string) => sorterad('planer', planerPerRegion.get(id)),
    planerISjukvardsregion: (id: string) => sorterad('planer', planerPerSvr.get(id)),
    planerPaNiva: (niva: Niva) => sorterad('planer', c.planer.filter((p) => p.data.niva === niva)),
    nationellaPlaner: () => sorterad('planer', c.planer.filter((p) => p.data.niva === 'nationell')),
    planerSomByggerPa: (id: string) => sorterad('planer', byggerPaDenna.get(id)),
    vardprogramFor: (organId: string) => sorterad('vardprogram', vardprogramPerOrgan.get(organId)),
    vardprogramAvTyp: (typ: string) => sorterad('vardprogram', c.vardprogram.filter((v) => v.data.typ === typ)),
    nyckeltalForOrgan: (id: string) => nyckeltalPerOrgan.get(id) ?? [],
    nyckeltalForSjukvardsregion: (id: string) => nyckeltalPerSvr.get(id) ?? [],
    /** Figures that belong to no body and no healthcare region: the national ones. */
    nationellaNyckeltal: () => k.alla('nyckeltal').filter((n) => !n.data.organ && !n.data.sjukvardsregion),
    /** Entries whose facts come from this source. */
    citeradAv,
    /** Every source, newest first (an undated one by the latest year it can be from). */
    kallorNyastForst: () => k.alla('kallor').sort((a, b) => (kallansAr(b.data) ?? 0) - (kallansAr(a.data) ?? 0)),
    /** People by family name (the last word of the name). */
    personerEfterEfternamn: () => k.alla('personer').sort((a, b) => efternamn(a.data.namn).localeCompare(efternamn(b.data.namn), 'sv')),
    /** The glossary by term. */
    ordlistan: () => k.alla('ordlista').sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv')),
    /** Entries citing this source, the source itself left out. */
    citeradAvAndra: (kallaId: string) => citeradAv(kallaId).filter((x) => !(x.samling === 'kallor' && x.id === kallaId)),
    /** Entries other than sources that cite this source: the pages that use it. */
    anvandsAv: (kallaId: string) => citeradAv(kallaId).filter((x) => x.samling !== 'kallor'),
    /** Roles a person holds in bodies, and the mandates they signed. */
    uppdragFor: (personId: string) => ({
      medlemskap: [...(uppdragPerPerson.get(personId) ?? [])].sort((a, b) => sv.compare(a.organ.data.namn, b.organ.data.namn)),
      beslut: sorterad('organ', beslutPerPerson.get(personId)),
    }),
    /** The place (region or healthcare region) a body belongs to at its level. */
    platsFor: (o: Entry<'organ'>): Plats | undefined => {
      if (o.data.niva === 'region' && o.data.region) return { samling: 'regioner', id: o.data.region.id, namn: namn('regioner', o.data.region.id) };
      if (o.data.niva === 'sjukvardsregion' && o.data.sjukvardsregion)
        return { samling: 'sjukvardsregioner', id: o.data.sjukvardsregion.id, namn: namn('sjukvardsregioner', o.data.sjukvardsregion.id) };
      return undefined;
    },
    /** A body's public website, or that of the body it is part of. */
    webbplatsFor(id: string): { adress: string; via?: Entry<'organ'> } | undefined {
      const o = index.organ.get(id);
      if (!o) return undefined;
      if (o.data.webbplats) return { adress: o.data.webbplats };
      const over = o.data.delAv && index.organ.get(o.data.delAv.id);
      return over?.data.webbplats ? { adress: over.data.webbplats, via: over } : undefined;
    },
  };
}
