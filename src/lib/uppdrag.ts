// A body's mandate as an ordered list of fields, the same for its own page (MandateFacts) and for
// the side-by-side comparison (/jamfor/), so that both always show the same facts the same way.
import type { CollectionEntry } from 'astro:content';
import { sv, upprakning } from '../i18n/sv/index.ts';
import type { Graph } from './graph/index.ts';
import { url } from './urls';
import { config } from '../config';
import { organStatus } from './tid';
import { SAMMANSATTNINGSKATEGORIER } from '../schemas/organ.ts';

type Kategori = (typeof SAMMANSATTNINGSKATEGORIER)[number];

export interface Lank { href: string; text: string }
export type FaltVarde =
  | { typ: 'text'; text: string }
  | { typ: 'lista'; ordnad: boolean; rader: { text: string; not?: string }[] }
  /** Rows under headings (a composition by category); a group without `rubrik` stands alone. */
  | { typ: 'grupper'; grupper: { rubrik?: string; rader: string[] }[] }
  | { typ: 'lankar'; lankar: Lank[] }
  | { typ: 'lank'; lank: Lank }
  | { typ: 'datum'; datum: string }
  | { typ: 'beslut'; av: string; person?: Lank; organ?: Lank; ort?: string; datum?: string };

/** The mandate fields in the order they are shown; a comparison has one row per key. */
export const UPPDRAGSFALT = [
  'syfte',
  'uppgifter',
  'sammansattning',
  'ledning',
  'tillsattning',
  'motesfrekvens',
  'rapporterarTill',
  'delAv',
  'rapportering',
  'beslut',
  'finansiering',
  'varaktighet',
  'status',
  'bildat',
  'upphort',
] as const satisfies readonly (keyof typeof sv.rubrik)[];
export type Uppdragsfalt = (typeof UPPDRAGSFALT)[number];

/**
 * A composition grouped by category, in the schema's order of categories, each under its label as a
 * heading. A group whose only row already says the label ("Linjeansvariga") gets no heading, so
 * that the reader never sees "Linjeansvariga – Linjeansvariga".
 */
export function sammansattningsgrupper(rader: { text: string; antal?: number; kategori: Kategori }[]): { rubrik?: string; rader: string[] }[] {
  return SAMMANSATTNINGSKATEGORIER.flatMap((k) => {
    const texter = rader.filter((r) => r.kategori === k).map((r) => (r.antal !== undefined ? `${r.text} (${r.antal})` : r.text));
    if (texter.length === 0) return [];
    const rubrik = sv.kategori[k];
    const sagerDet = texter.length === 1 && texter[0]!.toLocaleLowerCase('sv').includes(rubrik.toLocaleLowerCase('sv'));
    return [sagerDet ? { rader: texter } : { rubrik, rader: texter }];
  });
}

/** The fields a body's sources give, in order; fields the sources do not give are absent. */
export function uppdragsfalt(g: Graph, o: CollectionEntry<'organ'>): Partial<Record<Uppdragsfalt, FaltVarde>> {
  const d = o.data;
  const u = d.uppdrag;
  const organ = (id: string): Lank => ({ href: url.entry('organ', id), text: g.namn('organ', id) });
  const text = (t: string | undefined): FaltVarde | undefined => (t ? { typ: 'text', text: t } : undefined);
  const datum = (t: string | undefined): FaltVarde | undefined => (t ? { typ: 'datum', datum: t } : undefined);
  const falt: Record<Uppdragsfalt, FaltVarde | undefined> = {
    syfte: text(u.syfte),
    uppgifter: u.uppgifter && { typ: 'lista', ordnad: true, rader: u.uppgifter.map((t) => ({ text: t })) },
    sammansattning: u.sammansattning.length > 0 ? { typ: 'grupper', grupper: sammansattningsgrupper(u.sammansattning) } : undefined,
    ledning: text(u.ledning),
    tillsattning: text(u.tillsattning),
    motesfrekvens: text(u.motesfrekvens),
    rapporterarTill: d.rapporterarTill.length > 0 ? { typ: 'lankar', lankar: d.rapporterarTill.map((r) => organ(r.id)) } : undefined,
    delAv: d.delAv && { typ: 'lank', lank: organ(d.delAv.id) },
    rapportering: u.rapportering && { typ: 'lista', ordnad: false, rader: u.rapportering.map((t) => ({ text: t })) },
    beslut: u.beslut && {
      typ: 'beslut',
      av: u.beslut.av,
      person: u.beslut.person && { href: url.entry('personer', u.beslut.person.id), text: g.namn('personer', u.beslut.person.id) },
      organ: u.beslut.organ && organ(u.beslut.organ.id),
      ort: u.beslut.ort,
      datum: u.beslut.datum,
    },
    finansiering: text(u.finansiering),
    varaktighet: text(u.varaktighet),
    status: text(sv.tid.organstatus[organStatus(d, config.idag)]),
    bildat: datum(d.bildat),
    upphort: datum(d.upphort),
  };
  return Object.fromEntries(Object.entries(falt).filter(([, v]) => v !== undefined));
}

/** The fields a body's page answers first, before the rest of the mandate: what it must do, whom it reports to. */
export const FORST = ['syfte', 'rapporterarTill', 'delAv'] as const satisfies readonly Uppdragsfalt[];

/** A text's first sentence (up to a full stop before a capital), and whether that is all of it. */
export function forstaMening(t: string): { mening: string; helt: boolean } {
  const m = /^.+?[.!?](?=\s+[A-ZÅÄÖ0-9])/su.exec(t.trim());
  return m ? { mening: m[0], helt: false } : { mening: t.trim(), helt: true };
}

/**
 * Who sits in a body, in one line: the categories of its composition in the schema's order
 * ("Linjeansvariga, tjänstemän och övriga"); undefined where the sources give no composition.
 */
export function sammansattningKort(o: CollectionEntry<'organ'>): string | undefined {
  const kategorier = SAMMANSATTNINGSKATEGORIER.filter((k) => o.data.uppdrag.sammansattning.some((r) => r.kategori === k));
  if (kategorier.length === 0) return undefined;
  return upprakning(kategorier.map((k, i) => (i === 0 ? sv.kategori[k] : sv.kategori[k].toLocaleLowerCase('sv'))));
}

/** "Sjukvårdsregion · Mellansverige": a body's level and place, as one line. */
export function platsText(g: Graph, o: CollectionEntry<'organ'>): string {
  const d = o.data;
  const platser = [d.region && g.namn('regioner', d.region.id), d.sjukvardsregion && g.namn('sjukvardsregioner', d.sjukvardsregion.id)].filter((x): x is string => !!x);
  return [sv.niva[d.niva], ...platser].join(' · ');
}

export interface Jamforelse {
  /** The fields at least one of the bodies has, in order. */
  rader: Uppdragsfalt[];
  kolumner: { id: string; namn: string; href: string; plats: string; falt: Partial<Record<Uppdragsfalt, FaltVarde>> }[];
}

/** Bodies side by side: one column per body, one row per mandate field that any of them has. */
export function jamforelse(g: Graph, organ: CollectionEntry<'organ'>[]): Jamforelse {
  const kolumner = organ.map((o) => ({ id: o.id, namn: g.namn('organ', o.id), href: url.entry('organ', o.id), plats: platsText(g, o), falt: uppdragsfalt(g, o) }));
  return { rader: UPPDRAGSFALT.filter((k) => kolumner.some((c) => c.falt[k])), kolumner };
}
