// Time awareness: which plans have ended, which sources are old, which names have changed since
// a source was written. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD" strings (see schemas/falt.ts).

/** The last day a partial date can mean: "2022" → "2022-12-31", "2023-10" → "2023-10-31". */
export function slutAv(d: string): string {
  const [y, m, dd] = d.split('-');
  if (dd) return d;
  if (m) return `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** The first day a partial date can mean: "2022" → "2022-01-01". */
export function startAv(d: string): string {
  const [y, m, dd] = d.split('-');
  return `${y}-${m ?? '01'}-${dd ?? '01'}`;
}

export const arAv = (d: string): number => Number(d.slice(0, 4));

/** True when the whole of the partial date `d` lies before `idag`. */
export function harPasserat(d: string, idag: string): boolean {
  return slutAv(d) < idag;
}

/** What a source says about its own date. Never a year the source does not state. */
export type Datering =
  /** The source states its date (a day, a month or a year). */
  | { slag: 'exakt'; datum: string }
  /** Undated, but its contents bound it: written no earlier than `tidigast`, no later than `senast`. */
  | { slag: 'intervall'; tidigast?: number; senast?: number; kontrollerad?: string }
  /** Undated: all that is known is when it was last checked. */
  | { slag: 'odaterad'; kontrollerad?: string };

type KallData = { datum?: string; senast?: number; tidigast?: number; granskad?: string };

/**
 * A source's date as exact, a range or undated. An upper bound that is only the year the source was
 * checked (`senast` = the year of `granskad`) says nothing about the source: it is undated.
 */
export function kallansDatering(k: KallData): Datering {
  if (k.datum) return { slag: 'exakt', datum: k.datum };
  const kontrollAr = k.granskad ? arAv(k.granskad) : undefined;
  const senast = k.senast !== undefined && (kontrollAr === undefined || k.senast < kontrollAr) ? k.senast : undefined;
  if (senast !== undefined || k.tidigast !== undefined) return { slag: 'intervall', tidigast: k.tidigast, senast, kontrollerad: k.granskad };
  return { slag: 'odaterad', kontrollerad: k.granskad };
}

/** The year a source states, or undefined when it states none (an undated source has no year). */
export function kallansAr(k: KallData): number | undefined {
  return k.datum ? arAv(k.datum) : undefined;
}

/** The latest day the source can be from, for ordering and for age: its date, or its upper bound. */
export function kallansSenasteDag(k: KallData): string | undefined {
  const d = kallansDatering(k);
  if (d.slag === 'exakt') return slutAv(d.datum);
  if (d.slag === 'intervall' && d.senast !== undefined) return `${d.senast}-12-31`;
  return undefined;
}

/** Sources newest first; undated ones last, since their age is unknown. */
export function nyastForst<T extends { data: KallData }>(kallor: T[]): T[] {
  return [...kallor].sort((a, b) => (kallansSenasteDag(b.data) ?? '').localeCompare(kallansSenasteDag(a.data) ?? ''));
}

/** Years between two ISO dates, rounded down. */
function arMellan(fran: string, till: string): number {
  const [fy, fm, fd] = fran.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = till.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/**
 * True when the source is old: even its latest possible day lies `arGrans` years or more before
 * `idag`. An undated source with no upper bound is not called old (its age is unknown), it is
 * shown as undated instead. Used by every page that marks facts "kan vara inaktuell", and by /kontakt/.
 */
export function kallaArGammal(k: KallData, idag: string, arGrans: number): boolean {
  const d = kallansSenasteDag(k);
  return d !== undefined && arMellan(d, idag) >= arGrans;
}

/** "2021-09-22" + 12 months < idag? */
export function granskningForsenad(granskad: string, idag: string, manader: number): boolean {
  const d = new Date(`${granskad}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + manader);
  return d.toISOString().slice(0, 10) < idag;
}

export interface Namnbyte {
  tidigare: string;
  nu: string;
  till: string;
}

/**
 * Names the source used that have changed since: for each former name of a place the entry
 * belongs to, when the source is older than the change.
 */
export function namnbytenSedan(
  kallAr: number | undefined,
  platser: { namn: string; tidigareNamn: { namn: string; till?: string }[] }[],
): Namnbyte[] {
  if (kallAr === undefined) return [];
  return platser.flatMap((p) =>
    p.tidigareNamn
      .filter((t) => t.till !== undefined && kallAr < arAv(t.till))
      .map((t) => ({ tidigare: t.namn, nu: p.namn, till: t.till! })),
  );
}

/** A plan's currency on `idag`, from its period alone: never typed by hand. */
export const PLANSTATUSAR = ['pagaende', 'avslutad', 'kommande'] as const;
export type Planstatus = (typeof PLANSTATUSAR)[number];

export function planStatus(period: { fran: string; till?: string } | undefined, idag: string): Planstatus | undefined {
  if (!period) return undefined;
  if (startAv(period.fran) > idag) return 'kommande';
  if (period.till && harPasserat(period.till, idag)) return 'avslutad';
  return 'pagaende';
}

/** A body's state on `idag`, from its dates: ended, merged into another, renamed, or active. */
export const ORGANSTATUSAR = ['aktivt', 'bytteNamn', 'uppgick', 'ersatt', 'upphort', 'kommande'] as const;
export type Organstatus = (typeof ORGANSTATUSAR)[number];

export function organStatus(
  o: { bildat?: string; upphort?: string; uppgickI?: { id: string }; ersattAv?: { id: string }; tidigareNamn?: { till?: string }[] },
  idag: string,
): Organstatus {
  if (o.bildat && startAv(o.bildat) > idag) return 'kommande';
  const slut = o.upphort !== undefined && startAv(o.upphort) <= idag;
  if (slut && o.uppgickI) return 'uppgick';
  if (slut && o.ersattAv) return 'ersatt';
  if (slut) return 'upphort';
  // a former name without a date is still a former name: the body has been renamed
  if ((o.tidigareNamn ?? []).some((t) => t.till === undefined || startAv(t.till) <= idag)) return 'bytteNamn';
  return 'aktivt';
}

/**
 * Marks rows where different sources name different people in a role held by one person
 * (ordförande, vice ordförande …) and the rows give no periods that set them apart.
 */
/** Roles that one person holds at a time: a council's chair over time is a list of such rows. */
export const ENSAM_ROLL = /^(ordförande|vice ordförande|sammankallande|chef|verksamhetschef|ledare)$/i;

export function markeraOenighet<T extends { roll: string; personId: string; kallaId: string; fran?: string; till?: string; oenighet: boolean }>(rader: T[]): T[] {
  const ensam = ENSAM_ROLL;
  return rader.map((r) => ({
    ...r,
    oenighet: ensam.test(r.roll.trim()) && rader.some((x) => x !== r && x.roll.trim().toLowerCase() === r.roll.trim().toLowerCase() && x.personId !== r.personId && x.kallaId !== r.kallaId && !(r.till && x.fran && r.till <= x.fran) && !(x.till && r.fran && x.till <= r.fran)),
  }));
}
