// Notes about time and age: review dates, old sources, ended periods, a source's own date.
import type { Datering, Organstatus } from '../../lib/tid.ts';
import { datumText } from './format.ts';

export const tid = {
  granskad: 'Senast granskad',
  mellan: 'mellan',
  seVarjeSida: 'se varje sida',
  andrad: 'Senast ändrad',
  avslutad: (till: string) => `Perioden tog slut ${till}. Planen gäller inte längre, men visas för att den har styrt arbetet.`,
  ochFramat: 'och framåt',
  gammalKalla: (datering: string) => `Sidans nyaste källa: ${datering}. Uppgifterna kan ha ändrats sedan dess.`,
  oenighet: 'källorna anger olika personer',
  fornamn: (gammalt: string, nytt: string, till: string) =>
    `Källan är från tiden innan ${gammalt} blev ${nytt} (${till}). Där källan säger ${gammalt} gäller det i dag ${nytt}.`,
  odaterad: 'odaterad',
  /** A plan's status, derived from its period and today's date (src/lib/tid.ts planStatus). */
  planstatus: { pagaende: 'Pågående', avslutad: 'Avslutad', kommande: 'Kommande' },
  /** The label of who made the plan and when, by how it came about (a report is not a decision). */
  beslutsslag: {
    beslutad: { av: 'Beslutad av', datum: 'Beslutsdatum' },
    overlamnad: { av: 'Överlämnad av', datum: 'Överlämnad' },
    presenterad: { av: 'Presenterad av', datum: 'Presenterad' },
    overenskommen: { av: 'Överenskommen mellan', datum: 'Överenskommen' },
  },
  idag: {
    rubrik: 'Det här gäller i dag',
    galler: 'Gäller',
    avslutat: 'Har avslutats',
    kommande: 'Kommande',
    okant: ['Inte känt ännu: när', 'gäller och vilka mål den har.'] as const,
    ingen: 'Webbplatsen känner inte till någon plan som gäller i dag.',
    kalla: 'Källa',
  },
  kanVaraInaktuell: (d: string) => `Uppgifterna granskades senast ${d} och kan vara inaktuella.`,
  /** The notice's one line, "Kan vara inaktuell · äldre namn", with the full lines behind it. */
  kort: {
    gammalKalla: 'kan vara inaktuell',
    fornamn: 'äldre namn',
    /** Beside the status tag "Avslutad": when, not the same word again. */
    avslutad: (till: string) => `perioden tog slut ${till}`,
    granskning: 'kan vara inaktuell',
  },
  upphort: (d: string) => `Organet upphörde ${d}.`,
  /** A body's status, derived from its dates (src/lib/tid.ts organStatus): on its page and where it is listed. */
  organstatus: {
    aktivt: 'Verksamt',
    bytteNamn: 'Verksamt under nytt namn',
    uppgick: 'Har gått upp i ett annat organ',
    ersatt: 'Har ersatts av ett annat organ',
    upphort: 'Har upphört',
    kommande: 'Inte bildat ännu',
  } satisfies Record<Organstatus, string>,
  /** Lifecycle lines, like GOV.UK's organisation pages. */
  livscykel: {
    hette: (namn: string, till?: string) => (till ? `Hette ${namn} till ${till}.` : `Hette tidigare ${namn}.`),
    ersattesAv: (d: string | undefined) => (d ? `Upphörde ${d} och ersattes av` : 'Ersattes av'),
    uppgickI: (d: string | undefined) => (d ? `Uppgick ${d} i` : 'Uppgick i'),
    upphorde: (d: string) => `Upphörde ${d}.`,
  },
  senast: (ar: number) => `senast ${ar}`,
  /** A source's date as a citation shows it: "12 mars 2022", "odaterad, skriven 2017–2020", "odaterad, kontrollerad 24 november 2026". */
  datering: (d: Datering): string => {
    if (d.slag === 'exakt') return datumText(d.datum);
    const kontroll = d.kontrollerad ? `, kontrollerad ${datumText(d.kontrollerad)}` : '';
    if (d.slag === 'odaterad') return `odaterad${kontroll}`;
    const spann = d.tidigast !== undefined && d.senast !== undefined ? `skriven ${d.tidigast}–${d.senast}` : d.senast !== undefined ? `skriven senast ${d.senast}` : `skriven tidigast ${d.tidigast}`;
    return `odaterad, ${spann}${kontroll}`;
  },
  /** Beside a fact whose newest source is old. */
  inaktuell: 'kan vara inaktuell',
  inaktuellTitel: (ar: number) => `Källan är äldre än ${ar} år. Uppgiften kan ha ändrats sedan dess.`,
  /** "Vem var ordförande när": a body's single-holder roles over time, from the members' dates. */
  rollerOverTid: {
    rubrik: (roller: string[]) => (roller.length === 1 ? `Vem var ${roller[0]!.toLocaleLowerCase('sv')} när` : 'Vem hade rollerna när'),
    ingress: 'Enligt källorna, äldst först. Där källorna anger olika personer står båda, var och en med sin källa och dess datum.',
    ingenPeriod: 'tiden anges inte',
  },
  /** A role held over a period: "ordförande 2019–2022", "ordförande från 2019", "ordförande till 2022". */
  period: (fran?: string, till?: string) =>
    fran && till ? `${datumText(fran)}–${datumText(till)}` : fran ? `från ${datumText(fran)}` : till ? `till ${datumText(till)}` : '',
} as const;
