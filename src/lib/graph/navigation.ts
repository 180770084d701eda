// Breadcrumb trails: where an entry stands, level by level (not including the entry itself).
import type { CollectionKey } from 'astro:content';
import type { Landmarke } from '../urls.ts';
import { nav } from '../../i18n/sv/nav.ts';
import { niva as nivanamn } from '../../i18n/sv/etiketter.ts';
import { rubrik } from '../../i18n/sv/rubriker.ts';
import type { Karna } from './karna.ts';

export interface Krumma {
  namn: string;
  samling?: CollectionKey;
  id?: string;
  /** Landmark pages without an entry: 'nationellt', 'sok', … */
  sida?: Landmarke;
  /** Other places at the same step: a region in two healthcare regions (Halland) has both. */
  eller?: Krumma[];
}

export function navigation(k: Karna) {
  const { namn } = k;
  const post = (samling: CollectionKey, id: string): Krumma => ({ namn: namn(samling, id), samling, id });
  /** A region's healthcare regions as one step: the first, and the others beside it. */
  const sjukvardsregioner = (region: string): Krumma[] => {
    const [forsta, ...ovriga] = (k.index.regioner.get(region)?.data.sjukvardsregioner ?? []).map((s) => post('sjukvardsregioner', s.id.id));
    return forsta ? [ovriga.length > 0 ? { ...forsta, eller: ovriga } : forsta] : [];
  };

  function forPlats(niva: string, svr?: string, region?: string): Krumma[] {
    if (niva === 'nationell') return [{ namn: nivanamn.nationell, sida: 'nationellt' }];
    if (niva === 'sjukvardsregion' && svr) return [post('sjukvardsregioner', svr)];
    if (niva !== 'region' || !region) return [];
    return [...(svr ? [post('sjukvardsregioner', svr)] : sjukvardsregioner(region)), post('regioner', region)];
  }

  function krummor(samling: CollectionKey, id: string): Krumma[] {
    switch (samling) {
      case 'organ':
      case 'planer': {
        const d = k.hamta(samling, id).data;
        return forPlats(d.niva, d.sjukvardsregion?.id, d.region?.id);
      }
      case 'mal': {
        const plan = k.hamta('mal', id).data.plan.id;
        return [...krummor('planer', plan), post('planer', plan)];
      }
      case 'regioner':
        return sjukvardsregioner(id);
      case 'sjukvardsregioner':
        return [{ namn: nav.sjukvardsregioner, sida: 'sjukvardsregioner' }];
      case 'vardprogram':
        return [{ namn: nivanamn.nationell, sida: 'nationellt' }, { namn: rubrik.vardprogram, sida: 'vardprogram' }];
      case 'kallor':
        return [{ namn: nav.kallor, sida: 'kallor' }];
      default:
        return [];
    }
  }
  return {
    /** Breadcrumb trail for an entry, by level (not including the entry itself). */
    krummor,
    /** The trail to an entry and the entry itself, for pages below an entry's page. */
    krummorTill: (samling: CollectionKey, id: string): Krumma[] => [...krummor(samling, id), post(samling, id)],
  };
}
