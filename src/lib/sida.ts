// What an entry page shows about time and sources, computed the same way for every kind of page.
import { FLYTTADE } from '../flyttade.ts';
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { config } from '../config';
import { datumText, sv } from '../i18n/sv/index.ts';
import type { Graph } from './graph/index.ts';
import { arAv, harPasserat, kallaArGammal, kallansDatering, kallansSenasteDag, ENSAM_ROLL, markeraOenighet, namnbytenSedan, nyastForst, organStatus, planStatus, type Datering } from './tid';

type Data = { kallor: { id: string }[]; region?: { id: string }; sjukvardsregion?: { id: string } };

/** The entry's sources, newest first. */
export function kallorFor(g: Graph, data: { kallor: { id: string }[] }): CollectionEntry<'kallor'>[] {
  return nyastForst(data.kallor.map((k) => g.hamta('kallor', k.id)));
}

/** Places (region, healthcare region) whose names a source may have used in an older form. */
function platser(g: Graph, samling: CollectionKey, id: string, data: Data) {
  const p: { namn: string; tidigareNamn: { namn: string; till?: string }[] }[] = [];
  if (samling === 'regioner') p.push(g.hamta('regioner', id).data);
  if (samling === 'sjukvardsregioner') p.push(g.hamta('sjukvardsregioner', id).data);
  if (data.region) {
    const r = g.hamta('regioner', data.region.id);
    p.push(r.data);
    for (const s of r.data.sjukvardsregioner) p.push(g.hamta('sjukvardsregioner', s.id.id).data);
  }
  if (data.sjukvardsregion) p.push(g.hamta('sjukvardsregioner', data.sjukvardsregion.id).data);
  return [...new Set(p)];
}

/** The year a source can be from at the latest, for comparing with name changes. */
const senastAr = (k: CollectionEntry<'kallor'>) => {
  const d = kallansSenasteDag(k.data);
  return d ? arAv(d) : undefined;
};

/**
 * A line of the notice, with its short form for the one line the notice shows. `utanSok`: kept out
 * of the search index, so that a line about the page's sources never stands as its search excerpt.
 */
export interface Notering { kort: string; text: string; utanSok?: true }

/**
 * The one notice of an entry page, at the top: only when the page's main source (its newest) is
 * old, when the names it uses have changed since, or when the plan or body has ended. One box,
 * its lines in that order; facts with their own old sources are marked where they stand. Each
 * line has a short form: the notice shows them as one quiet line, the full lines on request.
 */
export function tidsnoteringar(g: Graph, samling: CollectionKey, id: string, data: Data & Record<string, unknown>): Notering[] {
  const rader: Notering[] = [];
  const kallor = kallorFor(g, data);
  const huvudkalla = kallor[0];
  if (huvudkalla && kallaArGammal(huvudkalla.data, config.idag, config.kallaGammalAr)) {
    const d = kallansDatering(huvudkalla.data);
    rader.push({ kort: sv.tid.kort.gammalKalla, text: sv.tid.gammalKalla(sv.tid.datering(d)), utanSok: true });
  }
  const sedda = new Set<string>();
  for (const k of kallor)
    for (const b of namnbytenSedan(senastAr(k), platser(g, samling, id, data))) {
      const nyckel = `${b.tidigare}>${b.nu}`;
      if (sedda.has(nyckel)) continue;
      sedda.add(nyckel);
      rader.push({ kort: sv.tid.kort.fornamn, text: sv.tid.fornamn(b.tidigare, b.nu, datumText(b.till)) });
    }
  const period = data.period as { till?: string } | undefined;
  if (period?.till && harPasserat(period.till, config.idag)) rader.push({ kort: sv.tid.kort.avslutad(datumText(period.till)), text: sv.tid.avslutad(datumText(period.till)) });
  // a body's end stands in its lifecycle lines (Lifecycle), with its source, not in the notice
  return rader;
}

/** A plan's goals as rows for GoalList: practical meaning, bodies working toward each, sources. */
export function malrader(g: Graph, planId: string, kedjor = false) {
  return g.malIPlan(planId).map((m) => ({
    id: m.id,
    titel: m.data.titel,
    sammanfattning: m.data.sammanfattning,
    organ: g.organSomTjanarMal(m.id).map((o) => ({ id: o.id, namn: o.data.namn })),
    kallor: kallorFor(g, m.data).map((k) => ({ id: k.id, namn: k.data.titel })),
    upp: kedjor ? g.malUppat(m.id) : undefined,
    ner: kedjor ? g.malNedat(m.id) : undefined,
  }));
}

/** One person in a body as MemberList shows them. */
export interface Medlemsrad {
  personId: string;
  namn: string;
  titel: string;
  roll: string;
  fran?: string;
  till?: string;
  kallaId: string;
  kallaTitel: string;
  /** The source's own date: exact, a range, or undated with the date it was checked. */
  kallaDatering: Datering;
  /** The source is older than the set age: the row is marked "kan vara inaktuell". */
  inaktuell: boolean;
  /** Another source names someone else in the same role: both are shown, each with its date. */
  oenighet: boolean;
}

/** A body's people as MemberList shows them: name, title, role, from/to, the source and its date. */
export function medlemsrader(g: Graph, o: CollectionEntry<'organ'>): Medlemsrad[] {
  const rader = o.data.medlemmar.map((m) => {
    const p = g.hamta('personer', m.person.id);
    const k = g.hamta('kallor', m.kalla.id);
    return {
      personId: p.id, namn: p.data.namn, titel: p.data.titel, roll: m.roll, fran: m.fran, till: m.till,
      kallaId: k.id, kallaTitel: k.data.titel, kallaDatering: kallansDatering(k.data),
      inaktuell: kallaArGammal(k.data, config.idag, config.kallaGammalAr), oenighet: false,
    };
  });
  return markeraOenighet(rader);
}

/** A row's place in time: its period, else its source's own date (an undated source sorts last). */
function tidpunkt(r: Medlemsrad): string {
  const d = r.kallaDatering;
  if (r.fran || r.till) return (r.fran ?? r.till)!;
  if (d.slag === 'exakt') return d.datum;
  return d.slag === 'intervall' ? String(d.senast ?? d.tidigast) : '9999';
}

/**
 * Who held a role when: every role that one person holds at a time, or that a row gives a period
 * for, and that more than one row names, oldest first. Rows where sources disagree all stay, each
 * with its source and date: the page never picks one.
 */
export function rollerOverTid(rader: Medlemsrad[]): { roll: string; rader: Medlemsrad[] }[] {
  const roller = new Map<string, Medlemsrad[]>();
  for (const r of rader) {
    if (!ENSAM_ROLL.test(r.roll.trim()) && !r.fran && !r.till) continue;
    const nyckel = r.roll.trim().toLocaleLowerCase('sv');
    roller.set(nyckel, [...(roller.get(nyckel) ?? []), r]);
  }
  return [...roller.values()]
    .filter((rs) => rs.length > 1)
    .map((rs) => ({ roll: rs[0]!.roll.trim(), rader: [...rs].sort((a, b) => tidpunkt(a).localeCompare(tidpunkt(b)) || Number(!!a.fran) - Number(!!b.fran)) }));
}

/** Fields whose values are ids of entries in a collection: the history names them, not their ids. */
const REFERENSER: Record<string, CollectionKey> = {
  kallor: 'kallor', kalla: 'kallor', person: 'personer', region: 'regioner', sjukvardsregion: 'sjukvardsregioner',
  rapporterarTill: 'organ', delAv: 'organ', organ: 'organ', utgivenAv: 'organ', agare: 'organ', ersattAv: 'organ', uppgickI: 'organ', upphortKalla: 'kallor',
  planer: 'planer', byggerPa: 'planer', plan: 'planer', mal: 'mal', ansvariga: 'organ',
};

/** The change history's namer: a reference by its entry's name, a member by person (and role). */
export function historikNamnare(g: Graph) {
  const namn = (s: CollectionKey, id: string) => {
    // An old version may name an entry by an id it has since lost (src/flyttade.ts).
    const nu = FLYTTADE.find((f) => f.samling === s && f.fran === id)?.till ?? id;
    try {
      return g.namn(s, nu);
    } catch {
      return id;
    }
  };
  return (falt: string[], v: unknown): string | undefined => {
    const sista = falt[falt.length - 1] ?? '';
    if (typeof v === 'string' && falt[falt.length - 2] === 'datumkallor') return namn('kallor', v);
    if (typeof v === 'string' && REFERENSER[sista]) return namn(REFERENSER[sista], v);
    if (typeof v === 'object' && v && 'person' in v && typeof (v as { person: unknown }).person === 'string') {
      const m = v as { person: string; roll?: string };
      const p = namn('personer', m.person);
      return falt[falt.length - 2] === 'medlemmar' || !m.roll ? p : `${p}, ${m.roll}`;
    }
    return undefined;
  };
}

/** A plan as "what applies today" shows it: status from its period, period, summary, its main source. */
export function planrad(g: Graph, p: CollectionEntry<'planer'>) {
  const k = kallorFor(g, p.data)[0];
  return {
    id: p.id,
    namn: p.data.namn,
    typ: p.data.typ,
    status: planStatus(p.data.period, config.idag),
    period: p.data.period,
    sammanfattning: p.data.sammanfattning,
    kalla: k && { id: k.id, titel: k.data.titel, datering: kallansDatering(k.data) },
  };
}
export type Planrad = ReturnType<typeof planrad>;

/** Plans grouped by what applies today: in force, coming, ended, and those whose period is not known. */
export function planlaget(g: Graph, planer: CollectionEntry<'planer'>[]) {
  const rader = planer.map((p) => planrad(g, p));
  return {
    galler: rader.filter((r) => r.status === 'pagaende'),
    kommande: rader.filter((r) => r.status === 'kommande'),
    avslutat: rader.filter((r) => r.status === 'avslutad'),
    // said once: a strategy without a known period (an annual agreement has none and needs no note)
    okant: rader.filter((r) => r.status === undefined && r.typ === 'strategi'),
  };
}

/** A body's lifecycle for the Lifecycle component: former names, end, successor, with sources. */
export function livscykel(g: Graph, samling: CollectionKey, id: string) {
  if (samling !== 'organ') return undefined;
  const d = g.hamta('organ', id).data;
  const ref = (s: CollectionKey, x?: { id: string }) => x && { id: x.id, namn: g.namn(s, x.id) };
  return {
    tidigareNamn: (d.tidigareNamn ?? []).map((t) => ({ namn: t.namn, till: t.till, anmarkning: t.anmarkning, kalla: ref('kallor', t.kalla) })),
    upphort: d.upphort,
    ersattAv: ref('organ', d.ersattAv),
    uppgickI: ref('organ', d.uppgickI),
    kalla: ref('kallor', d.upphortKalla),
  };
}

/** A tag where a body is listed, from its derived status; none for a body that is simply active. */
export interface Statustagg { text: string; slut: boolean }
export function organTagg(o: CollectionEntry<'organ'>): Statustagg | undefined {
  const s = organStatus(o.data, config.idag);
  if (s === 'aktivt') return undefined;
  return { text: sv.tid.organstatus[s], slut: s !== 'bytteNamn' };
}
