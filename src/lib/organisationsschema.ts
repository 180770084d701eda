// Geometry of an organisation chart, computed at build time: a tidy tree (d3-hierarchy's
// Reingold–Tilford layout) drawn left to right, so that depth grows sideways and names get room.
import { hierarchy, tree } from 'd3-hierarchy';
import type { SchemaNod } from './graph/index.ts';

export const RUTA = { bredd: 190, radhojd: 17, typhojd: 16, marginal: 10, tecken: 20, typtecken: 25, maxRader: 4 } as const;
const KOLUMN = RUTA.bredd + 40;
const MELLANRUM = 14;

export interface Ruta {
  nod: SchemaNod;
  x: number;
  y: number;
  hojd: number;
  rader: string[];
  /** The box's second line (its type), wrapped like the name. */
  typrader: string[];
}
export interface Linje {
  d: string;
  /** A second reporting line ("also reports to"), drawn dashed. */
  ocksa: boolean;
}
export interface Schemabild {
  bredd: number;
  hojd: number;
  rutor: Ruta[];
  linjer: Linje[];
}

/** Words into lines of at most `max` characters; a longer word is cut; too many lines end in "…". */
export function radbryt(text: string, max: number = RUTA.tecken, maxRader: number = RUTA.maxRader): string[] {
  const rader: string[] = [];
  for (const ord of text.split(/\s+/).filter(Boolean)) {
    const sista = rader.at(-1);
    if (sista !== undefined && sista.length + 1 + ord.length <= max) rader[rader.length - 1] = `${sista} ${ord}`;
    else for (let i = 0; i < ord.length; i += max) rader.push(ord.slice(i, i + max));
  }
  if (rader.length <= maxRader) return rader;
  const kvar = rader.slice(0, maxRader);
  kvar[maxRader - 1] = `${(kvar[maxRader - 1] ?? '').slice(0, max - 1)}…`;
  return kvar;
}

export const rutansHojd = (rader: number, typrader: number) => RUTA.marginal * 2 + rader * RUTA.radhojd + typrader * RUTA.typhojd;

/** Lays out the chart's roots (the first is the national level) as one picture. `typ` is the second line of a box. */
export function ritaSchema(rotter: SchemaNod[], typ: (n: SchemaNod) => string | undefined): Schemabild {
  type Virtuell = { nod?: SchemaNod; barn: Virtuell[] };
  const rot = hierarchy<Virtuell>({ barn: rotter.map(function omsl(n): Virtuell { return { nod: n, barn: n.barn.map(omsl) }; }) }, (v) => v.barn);
  const hojd = new Map<Virtuell, number>();
  const rader = new Map<Virtuell, string[]>();
  const typrader = new Map<Virtuell, string[]>();
  rot.each((h) => {
    if (!h.data.nod) return hojd.set(h.data, 0);
    const r = radbryt(h.data.nod.namn);
    const t = radbryt(typ(h.data.nod) ?? '', RUTA.typtecken, 2);
    rader.set(h.data, r);
    typrader.set(h.data, t);
    hojd.set(h.data, rutansHojd(r.length, t.length));
  });
  const layout = tree<Virtuell>()
    .nodeSize([1, KOLUMN])
    .separation((a, b) => (hojd.get(a.data)! + hojd.get(b.data)!) / 2 + (a.parent === b.parent ? MELLANRUM : MELLANRUM * 2));
  const lagd = layout(rot);
  const noder = lagd.descendants().filter((h) => h.data.nod);
  const topp = Math.min(...noder.map((h) => h.x - hojd.get(h.data)! / 2));
  const kant = 4;
  const rutor: Ruta[] = noder.map((h) => ({
    nod: h.data.nod!,
    x: (h.depth - 1) * KOLUMN + kant,
    y: h.x - hojd.get(h.data)! / 2 - topp + kant,
    hojd: hojd.get(h.data)!,
    rader: rader.get(h.data)!,
    typrader: typrader.get(h.data)!,
  }));
  const per = new Map(rutor.filter((r) => r.nod.slag === 'organ').map((r) => [r.nod.id, r]));
  const mitt = (r: Ruta) => r.y + r.hojd / 2;
  const linjer: Linje[] = [];
  noder.forEach((h, i) => {
    const barn = rutor[i]!;
    const far = h.parent?.data.nod ? rutor[noder.indexOf(h.parent)] : undefined;
    if (far) {
      const x1 = far.x + RUTA.bredd;
      const xm = x1 + (KOLUMN - RUTA.bredd) / 2;
      linjer.push({ d: `M${x1} ${mitt(far)}H${xm}V${mitt(barn)}H${barn.x}`, ocksa: false });
    }
    // The body above in another place (solid), and the other bodies it also reports to (dashed).
    const till = barn.nod.till ? [{ id: barn.nod.till.id, ocksa: false }] : [];
    for (const { id, ocksa } of [...till, ...barn.nod.ocksa.map((id) => ({ id, ocksa: true }))]) {
      const far = per.get(id);
      if (!far) continue;
      const x1 = far.x + RUTA.bredd;
      const x2 = barn.x;
      linjer.push({ d: `M${x1} ${mitt(far)}C${x1 + 40} ${mitt(far)} ${x2 - 40} ${mitt(barn)} ${x2} ${mitt(barn)}`, ocksa });
    }
  });
  return {
    bredd: Math.max(...rutor.map((r) => r.x + RUTA.bredd)) + kant,
    hojd: Math.max(...rutor.map((r) => r.y + r.hojd)) + kant,
    rutor,
    linjer,
  };
}

