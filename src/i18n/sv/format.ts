// Dates, lists and numbers as Swedish readers write them, through Intl.

export const ord = {
  och: 'och',
  eller: 'eller',
  ungefar: 'cirka',
  procent: '%',
} as const;

const DAG = new Intl.DateTimeFormat('sv', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MANAD = new Intl.DateTimeFormat('sv', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const LISTA = new Intl.ListFormat('sv', { type: 'conjunction' });
/** Small numbers as prose writes them; "en", not "ett": the nouns counted here are en-words. */
const ANTAL = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** "2021-09-22" → "22 september 2021"; "2023-10" → "oktober 2023"; "2009" → "2009". */
export function datumText(d: string): string {
  const [y = 0, m, dd] = d.split('-').map(Number);
  if (!m) return String(y);
  const datum = new Date(Date.UTC(y, m - 1, dd || 1));
  return (dd ? DAG : MANAD).format(datum);
}

/** 2 → "två"; from 13 on, digits ("13"). */
export function antalOrd(n: number): string {
  return ANTAL[n] ?? String(n);
}

/** "a, b och c" */
export function upprakning(delar: string[]): string {
  return LISTA.format(delar);
}
