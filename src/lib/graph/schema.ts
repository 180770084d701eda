// The organisation chart as a tree: every body of a level under the body it is part of or reports
// to. The geometry of the picture is drawn from this tree in src/lib/organisationsschema.ts.
import { niva } from '../../i18n/sv/etiketter.ts';
import { grupp, type Entry, type Karna } from './karna.ts';
import type { organRelationer } from './relationer.ts';

/**
 * A box in an organisation chart: a body, or the place (level, healthcare region, region) that
 * its bodies hang under. `till`: the body above it when that body belongs to another place (a
 * region's council that reports to its healthcare region's steering group): the body stays in
 * its own place and a line goes to the one above. `ocksa`: other bodies this one reports to or
 * is part of, beyond the one it is drawn under (or `till`).
 */
export interface SchemaNod {
  slag: 'organ' | 'nationell' | 'sjukvardsregion' | 'region';
  id: string;
  namn: string;
  till?: { id: string; delAv: boolean };
  ocksa: string[];
  barn: SchemaNod[];
}

export type Omfang = 'nationell' | { sjukvardsregion: string };

/** Each body's first body above (what it is part of, else whom it reports to), loops cut where first met. */
function forsta(iOmfang: Entry<'organ'>[], overordnade: (o: Entry<'organ'>) => string[]) {
  const primar = new Map<string, string>();
  for (const o of iOmfang) {
    const p = overordnade(o)[0];
    if (p) primar.set(o.id, p);
  }
  for (const o of iOmfang)
    for (let x = primar.get(o.id), steg = 0; x !== undefined && steg <= iOmfang.length; x = primar.get(x), steg++)
      if (x === o.id) {
        primar.delete(o.id);
        break;
      }
  return primar;
}

export function organisationsschemat(k: Karna, r: ReturnType<typeof organRelationer>) {
  const { index, sorterad, corpus: c } = k;
  // In corpus order, not by name: where a reporting line loops, the order decides where it is cut.
  const perRegion = grupp(c.organ, (o) => [o.data.niva === 'region' ? o.data.region?.id : undefined]);
  const perSvr = grupp(c.organ, (o) => [o.data.niva === 'sjukvardsregion' ? o.data.sjukvardsregion?.id : undefined]);
  /** Bodies above a body: what it is part of first, then whom it reports to. */
  const overordnade = (o: Entry<'organ'>) =>
    [...new Set([o.data.delAv?.id, ...o.data.rapporterarTill.map((x) => x.id)])].filter((x): x is string => !!x && index.organ.has(x));
  /** The place a body is drawn in: its region, its healthcare region or the national level. */
  const platsAv = (o: Entry<'organ'>) =>
    o.data.niva === 'region' ? `r:${o.data.region?.id}` : o.data.niva === 'sjukvardsregion' ? `s:${o.data.sjukvardsregion?.id}` : o.data.niva;
  const ruta = (o: Entry<'organ'>): SchemaNod => ({ slag: 'organ', id: o.id, namn: o.data.namn, ocksa: [], barn: [] });
  const nationell = (barn: SchemaNod[]): SchemaNod => ({ slag: 'nationell', id: 'nationell', namn: niva.nationell, ocksa: [], barn });

  /**
   * The organisation chart of one level: every body of the national level, or of a healthcare
   * region and each of its member regions, under the body it is part of or reports to (the first
   * one named) where that body is in the same place; otherwise under its place, with a line to
   * the body above. Every member region has a box. A healthcare region's chart goes on up to the
   * national level: the first root is the national level, with the national bodies that bodies in
   * the chart report to; a body above from another healthcare region is a root of its own.
   */
  function organisationsschema(omfang: Omfang): SchemaNod[] {
    const svr = omfang === 'nationell' ? undefined : omfang.sjukvardsregion;
    const regioner = svr ? r.regionerI(svr).map((x) => x.region) : [];
    // A region in two healthcare regions (Halland): a body that names the other one is in that one's chart.
    const iRegion = (id: string) => (perRegion.get(id) ?? []).filter((o) => !o.data.sjukvardsregion || o.data.sjukvardsregion.id === svr);
    const svrOrgan = svr ? (perSvr.get(svr) ?? []) : [];
    const iOmfang = svr ? [...svrOrgan, ...regioner.flatMap((x) => iRegion(x.id))] : c.organ.filter((o) => o.data.niva === 'nationell');
    const ids = new Set(iOmfang.map((o) => o.id));
    const primar = forsta(iOmfang, overordnade);
    const under = (o: Entry<'organ'>) => {
      const p = primar.get(o.id);
      return p !== undefined && ids.has(p) && platsAv(index.organ.get(p)!) === platsAv(o);
    };
    const barnTill = grupp(iOmfang.filter(under), (o) => [primar.get(o.id)]);
    const nod = (o: Entry<'organ'>): SchemaNod => {
      const p = primar.get(o.id);
      return {
        ...ruta(o),
        ...(p !== undefined && !under(o) && { till: { id: p, delAv: o.data.delAv?.id === p } }),
        ocksa: overordnade(o).filter((x) => x !== p),
        barn: sorterad('organ', barnTill.get(o.id)).map(nod),
      };
    };
    const rotter = (l: Entry<'organ'>[]) => sorterad('organ', l.filter((o) => !under(o))).map(nod);
    if (!svr) return [nationell(rotter(iOmfang))];
    const plats: SchemaNod = {
      slag: 'sjukvardsregion',
      id: svr,
      namn: k.namn('sjukvardsregioner', svr),
      ocksa: [],
      barn: [...rotter(svrOrgan), ...regioner.map((x): SchemaNod => ({ slag: 'region', id: x.id, namn: x.data.namn, ocksa: [], barn: rotter(iRegion(x.id)) }))],
    };
    const utanfor = sorterad('organ', [...new Set(primar.values())].filter((p) => !ids.has(p)).map((p) => index.organ.get(p)!));
    const arNationell = (o: Entry<'organ'>) => o.data.niva === 'nationell';
    return [nationell([...utanfor.filter(arNationell).map(ruta), plats]), ...utanfor.filter((o) => !arNationell(o)).map(ruta)];
  }
  return { organisationsschema };
}
