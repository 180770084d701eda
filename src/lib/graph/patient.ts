// Patient views: where patients and relatives have a seat, and who handles a common question.
import { FRAGOR, PATIENTKATEGORIER, type Fraga, type Kontaktslag } from '../../schemas/organ.ts';
import { nyastForst } from '../tid.ts';
import { NIVAER, type Niva } from '../../schemas/falt.ts';
import { sv, type Entry, type Karna } from './karna.ts';
import type { ovrigaRelationer, Plats } from './relationer.ts';

/** Care-programme kinds whose responsible bodies (`ansvariga`) also answer a question on /kontakt/. */
const VARDPROGRAMTYP_FOR_FRAGA: Partial<Record<Fraga, string>> = { vardprogram: 'nationellt-vardprogram', 'vantetider-svf': 'svf' };

/** Bodies on one level, grouped by the place they belong to (none on the national level). */
export interface PlatsGrupp {
  plats?: Plats;
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

/** A public route to a body (or to the body it is part of: `via`), with the source that gives it. */
export interface Vag {
  slag: Kontaktslag;
  varde: string;
  /** The link: the page itself, tel: or mailto:. */
  href: string;
  avser?: string;
  fraga?: Fraga;
  via?: Entry<'organ'>;
  /** The source that states the route; for a website, the newest source whose address lies under it. */
  kalla?: string;
}

/** "075-247 30 00" → "tel:+46752473000"; an address → "mailto:…"; a page is its own link. */
export function vagLank(slag: Kontaktslag, varde: string): string {
  if (slag === 'vaxel') return `tel:${varde.replace(/[\s-]/g, '').replace(/^0/, '+46')}`;
  return slag === 'funktionsbrevlada' ? `mailto:${varde}` : varde;
}

/** An address without scheme, "www." and trailing slash, for comparing a website with a source's address. */
const utanSchema = (a: string) => a.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');

export function patientvyer(k: Karna, r: ReturnType<typeof ovrigaRelationer>) {
  const { corpus: c, index, efterNamn } = k;
  const nivaIndex = (o: Entry<'organ'>) => NIVAER.indexOf(o.data.niva);
  const patientplatser = (o: Entry<'organ'>) => o.data.uppdrag.sammansattning.filter((x) => PATIENTKATEGORIER.includes(x.kategori));

  /** Level by level (national first), place by place, bodies by name. */
  function perNivaOchPlats(lista: Entry<'organ'>[]): NivaGrupp[] {
    return NIVAER.map((niva) => {
      const platser = new Map<string, PlatsGrupp>();
      for (const o of lista.filter((x) => x.data.niva === niva)) {
        const plats = r.platsFor(o);
        const nyckel = plats?.id ?? '';
        if (!platser.has(nyckel)) platser.set(nyckel, { plats, organ: [] });
        platser.get(nyckel)!.organ.push(o);
      }
      return {
        niva,
        platser: [...platser.values()]
          .sort((a, b) => sv.compare(a.plats?.namn ?? '', b.plats?.namn ?? ''))
          .map((p) => ({ ...p, organ: p.organ.sort(efterNamn('organ')) })),
      };
    }).filter((n) => n.platser.length > 0);
  }

  /**
   * Who handles a question: bodies that list it in `fragor` (with the sources), and the bodies
   * responsible for the care programmes of the matching kind.
   */
  function kontaktvagar(fraga: Fraga): Kontaktvag[] {
    const m = new Map<string, Kontaktvag>();
    const post = (o: Entry<'organ'>) => {
      if (!m.has(o.id)) m.set(o.id, { organ: o, kallor: [], vardprogram: [] });
      return m.get(o.id)!;
    };
    for (const o of c.organ) for (const f of o.data.fragor) if (f.fraga === fraga) post(o).kallor.push(f.kalla.id);
    const typ = VARDPROGRAMTYP_FOR_FRAGA[fraga];
    if (typ)
      for (const v of r.vardprogramAvTyp(typ))
        for (const a of v.data.ansvariga) {
          const o = index.organ.get(a.id);
          if (o) post(o).vardprogram.push(v);
        }
    for (const o of c.organ) for (const v of o.data.kontakt) if (v.fraga === fraga && !post(o).kallor.includes(v.kalla.id)) post(o).kallor.push(v.kalla.id);
    return [...m.values()].sort((a, b) => nivaIndex(a.organ) - nivaIndex(b.organ) || efterNamn('organ')(a.organ, b.organ));
  }

  /**
   * A body's public routes: its website (or that of the body it is part of), dated by the source
   * closest to the site's own front page among that body's sources whose address lies under it
   * (the newest of equals), then the routes its sources give.
   */
  function vagarTill(o: Entry<'organ'>): Vag[] {
    const ut: Vag[] = [];
    const w = r.webbplatsFor(o.id);
    if (w) {
      const agare = w.via ?? o;
      const under = agare.data.kallor.map((x) => index.kallor.get(x.id)).filter((k) => !!k && !!k.data.adress && utanSchema(k.data.adress).startsWith(utanSchema(w.adress)));
      ut.push({ slag: 'webbsida', varde: w.adress, href: w.adress, via: w.via, kalla: nyastForst(under as Entry<'kallor'>[]).sort((a, b) => a.data.adress!.length - b.data.adress!.length)[0]?.id });
    }
    for (const v of o.data.kontakt) ut.push({ slag: v.slag, varde: v.varde, href: vagLank(v.slag, v.varde), avser: v.avser, fraga: v.fraga, kalla: v.kalla.id });
    return ut;
  }

  return {
    /** The composition rows that give patients or relatives a seat in a body. */
    patientplatser,
    /** Every body whose composition includes patients or relatives, by level and place. */
    patientmedverkan: () => perNivaOchPlats(c.organ.filter((o) => patientplatser(o).length > 0)),
    kontaktvagar,
    vagarTill,
    /** Every body with at least one public route, by level and place. */
    kontaktbaraOrgan: () => perNivaOchPlats(c.organ.filter((o) => vagarTill(o).length > 0)),
    /** The routes for one question on one level. */
    kontaktvagarPaNiva: (fraga: Fraga, niva: Niva) => kontaktvagar(fraga).filter((v) => v.organ.data.niva === niva),
    fragor: FRAGOR,
  };
}
