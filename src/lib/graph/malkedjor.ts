// Goal traceability: the goals a goal serves (upward) and the goals that serve it (downward),
// transitively, as trees. A loop in the content is cut where it is first met.
import type { Entry, Karna } from './karna.ts';
import { grupp, malOrdning } from './karna.ts';

/** A tree node for goal traceability. */
export interface MalNod {
  mal: Entry<'mal'>;
  barn: MalNod[];
}

export function malkedjor(k: Karna) {
  const { index, corpus: c } = k;
  const malPerPlan = grupp(c.mal, (m) => [m.data.plan.id]);
  const bidrarHit = grupp(c.mal, (m) => m.data.bidrarTill.map((b) => b.id));

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

  return {
    malIPlan: (id: string) => [...(malPerPlan.get(id) ?? [])].sort(malOrdning),
    /** Plans that have at least one goal, by name. */
    planerMedMal: () => k.alla('planer').filter((p) => malPerPlan.has(p.id)),
    malSomBidrarTill: (id: string) => [...(bidrarHit.get(id) ?? [])].sort(malOrdning),
    /** Goals this goal serves, transitively, as a tree (upward). */
    malUppat: (id: string) => kedjaFor(id, upp, new Set()),
    /** Goals that serve this goal, transitively, as a tree (downward). */
    malNedat: (id: string) => kedjaFor(id, ner, new Set()),
  };
}
