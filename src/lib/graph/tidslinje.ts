// The timeline: every dated event in the content, oldest first.
import { grupp, sv, type Karna } from './karna.ts';

/** One dated event in the content, for the timeline. */
export interface Handelse {
  datum: string;
  slag: 'beslut' | 'bildat' | 'upphort' | 'planBeslut' | 'planOverlamnad' | 'planPresenterad' | 'planOverenskommen' | 'ikraft' | 'planSlut' | 'infort' | 'namnbyte' | 'regionSedan' | 'sedan';
  samling: 'organ' | 'planer' | 'vardprogram' | 'regioner' | 'sjukvardsregioner';
  id: string;
  niva: 'nationell' | 'sjukvardsregion' | 'region';
  /** Healthcare regions and regions the event concerns. */
  sjukvardsregioner: string[];
  regioner: string[];
  /** The event's own source: the one given for its date, or the entry's only source; empty when neither (the page says so). */
  kallor: string[];
  /** The former name, for a change of name. */
  tidigare?: string;
}

type Namnbyten = { tidigareNamn: { namn: string; till?: string; kalla?: { id: string } }[] };

export function tidslinjen(k: Karna) {
  const { corpus: c, index } = k;
  /** Healthcare regions and regions an entry belongs to, by its region or healthcare region. */
  const platserFor = (d: { region?: { id: string }; sjukvardsregion?: { id: string } }) => {
    const regioner = d.region ? [d.region.id] : [];
    const svr = new Set<string>(d.sjukvardsregion ? [d.sjukvardsregion.id] : []);
    for (const r of regioner) for (const s of index.regioner.get(r)?.data.sjukvardsregioner ?? []) svr.add(s.id.id);
    return { sjukvardsregioner: [...svr], regioner };
  };
  type Kallor = { kallor: { id: string }[]; datumkallor?: Record<string, { id: string } | undefined> };
  /**
   * An event's own source: the one the entry gives for the date (`datumkallor`, or a former name's
   * or an end's own field), else the entry's only source. An entry with several sources and none
   * for the date gives none: never an unrelated source of the entry.
   */
  const kallor = (d: Kallor, falt?: string, egen?: { id: string }) => {
    const k = egen ?? (falt ? d.datumkallor?.[falt] : undefined);
    if (k) return [k.id];
    return d.kallor.length === 1 ? [d.kallor[0]!.id] : [];
  };

  /** Every dated event in the content, oldest first: decisions, plan periods, introductions, names. */
  function tidslinje(): Handelse[] {
    const h: Handelse[] = [];
    const lagg = (datum: string | undefined, rest: Omit<Handelse, 'datum'>) => datum && h.push({ datum, ...rest });
    // Becoming a region usually is the change of name: one event, not two.
    const namnOchStart = (d: Namnbyten & Kallor, bas: Omit<Handelse, 'datum' | 'slag' | 'kallor'>, start: string | undefined, slag: 'regionSedan' | 'sedan') => {
      for (const t of d.tidigareNamn) lagg(t.till, { ...bas, slag: 'namnbyte', tidigare: t.namn, kallor: kallor(d, undefined, t.kalla) });
      if (!d.tidigareNamn.some((t) => t.till === start)) lagg(start, { ...bas, slag, kallor: kallor(d, slag) });
    };
    for (const o of c.organ) {
      const d = o.data;
      const bas = { samling: 'organ' as const, id: o.id, niva: d.niva, ...platserFor(d) };
      // the decision on the mandate and the founding are one happening when they share a date
      if (d.uppdrag.beslut?.datum !== d.bildat) lagg(d.uppdrag.beslut?.datum, { ...bas, slag: 'beslut', kallor: kallor(d, 'beslut') });
      for (const t of d.tidigareNamn ?? []) lagg(t.till, { ...bas, slag: 'namnbyte', tidigare: t.namn, kallor: kallor(d, undefined, t.kalla) });
      lagg(d.bildat, { ...bas, slag: 'bildat', tidigare: (d.tidigareNamn ?? []).at(-1)?.namn, kallor: kallor(d, 'bildat', d.datumkallor?.bildat ?? (d.uppdrag.beslut?.datum === d.bildat ? d.datumkallor?.beslut : undefined)) });
      lagg(d.upphort, { ...bas, slag: 'upphort', kallor: kallor(d, undefined, d.upphortKalla) });
    }
    const planSlag = { beslutad: 'planBeslut', overlamnad: 'planOverlamnad', presenterad: 'planPresenterad', overenskommen: 'planOverenskommen' } as const;
    for (const p of c.planer) {
      const bas = { samling: 'planer' as const, id: p.id, niva: p.data.niva, ...platserFor(p.data) };
      const beslut = p.data.beslutsdatum;
      lagg(beslut, { ...bas, slag: planSlag[p.data.beslutsslag ?? 'beslutad'], kallor: kallor(p.data, 'beslutsdatum') });
      // one event per happening: the period's start is when the plan took effect, unless that is
      // already the decision's date or a separate date of entry into force
      const ikraft = p.data.ikraft ?? p.data.period?.fran;
      if (ikraft && ikraft !== beslut && (p.data.beslutsslag ?? 'beslutad') !== 'overlamnad')
        lagg(ikraft, { ...bas, slag: 'ikraft', kallor: kallor(p.data, p.data.ikraft ? 'ikraft' : 'period') });
      lagg(p.data.period?.till, { ...bas, slag: 'planSlut', kallor: kallor(p.data, 'period') });
    }
    for (const v of c.vardprogram)
      lagg(v.data.infort, { samling: 'vardprogram', id: v.id, niva: 'nationell', sjukvardsregioner: [], regioner: [], kallor: kallor(v.data, 'infort'), slag: 'infort' });
    for (const r of c.regioner)
      namnOchStart(r.data, { samling: 'regioner', id: r.id, niva: 'region', ...platserFor({ region: { id: r.id } }) }, r.data.regionSedan, 'regionSedan');
    for (const s of c.sjukvardsregioner)
      namnOchStart(s.data, { samling: 'sjukvardsregioner', id: s.id, niva: 'sjukvardsregion', sjukvardsregioner: [s.id], regioner: [] }, s.data.sedan, 'sedan');
    return h.sort((a, b) => a.datum.localeCompare(b.datum) || sv.compare(k.namn(a.samling, a.id), k.namn(b.samling, b.id)));
  }
  /** The timeline year by year, oldest first. */
  const tidslinjePerAr = () => [...grupp(tidslinje(), (h) => [h.datum.slice(0, 4)]).entries()].map(([ar, handelser]) => ({ ar: Number(ar), handelser }));
  return { tidslinje, tidslinjePerAr };
}
