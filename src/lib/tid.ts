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

/** The year a source speaks from: its date, or for an undated source the latest year it can be from. */
export function kallansAr(k: { datum?: string; senast?: number }): number | undefined {
  return k.datum ? arAv(k.datum) : k.senast;
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
