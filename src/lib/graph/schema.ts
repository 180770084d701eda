// The organisation chart as a tree: every body of a level under the body it is part of or reports
// to. The geometry of the picture is drawn from this tree in src/lib/organisationsschema.ts.
import { niva } from '../../i18n/sv/etiketter.ts';
import { grupp, type Entry, type Karna } from './karna.ts';
import type { organRelationer } from './relationer.ts';

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
  const iRegion = (id: string) => perRegion.get(id) ?? [];
  /** Bodies above a body: what it is part of first, then whom it reports to. */
  const overordnade = (o: Entry<'organ'>) =>
    [...new Set([o.data.delAv?.id, ...o.data.rapporterarTill.map((x) => x.id)])].filter((x): x is string => !!x && index.organ.has(x));

  /**
   * The organisation chart of one level: every body of the national level, or of a healthcare
   * region and its member regions, under the body it is part of or reports to (the first one
   * named); bodies with none hang under their place. A body above from outside the scope is shown
   * as a root of its own. The first root is always the place.
   */
  function organisationsschema(omfang: Omfang): SchemaNod[] {
    const regioner = omfang === 'nationell' ? [] : r.regionerI(omfang.sjukvardsregion).map((x) => x.region);
    const svrOrgan = omfang === 'nationell' ? [] : (perSvr.get(omfang.sjukvardsregion) ?? []);
    const iOmfang = omfang === 'nationell' ? c.organ.filter((o) => o.data.niva === 'nationell') : [...svrOrgan, ...regioner.flatMap((x) => iRegion(x.id))];
    const ids = new Set(iOmfang.map((o) => o.id));
    const primar = forsta(iOmfang, overordnade);
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
        ? { slag: 'nationell', id: 'nationell', namn: niva.nationell, ocksa: [], barn: rotter(iOmfang) }
        : {
            slag: 'sjukvardsregion',
            id: omfang.sjukvardsregion,
            namn: k.namn('sjukvardsregioner', omfang.sjukvardsregion),
            ocksa: [],
            barn: [
              ...rotter(svrOrgan),
              ...regioner
                .map((x): SchemaNod => ({ slag: 'region', id: x.id, namn: x.data.namn, ocksa: [], barn: rotter(iRegion(x.id)) }))
                .filter((x) => x.barn.length > 0),
            ],
          };
    const utanfor = sorterad('organ', [...new Set(primar.values())].filter((p) => !ids.has(p)).map((p) => index.organ.get(p)!));
    return [plats, ...utanfor.map((o) => ({ slag: 'organ' as const, id: o.id, namn: o.data.namn, ocksa: [], barn: sorterad('organ', barnTill.get(o.id)).map(nod) }))];
  }
  return { organisationsschema };
}
