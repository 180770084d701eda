// The timeline; the client script src/scripts/tidslinje.ts imports only this module.
import type { Handelse } from '../../lib/graph/tidslinje.ts';

export const tidslinje = {
  rubrik: 'Tidslinje',
  ingress:
    'Beslut, planperioder, införanden och namnbyten, i tidsordning. Allt är hämtat ur datumen i webbplatsens innehåll, och varje händelse länkar till sin sida och sin källa.',
  ar: 'År',
  hoppaTillAr: 'Hoppa till år',
  filter: 'Visa bara',
  niva: 'Nivå',
  plats: 'Sjukvårdsregion eller region',
  alla: 'Alla',
  antal: (n: number, av: number) => (n === av ? `Alla ${av} händelser visas.` : `${n} av ${av} händelser visas.`),
  kalla: 'Källa',
  /** An event whose entry has several sources and names none for the date. */
  utanKalla: 'anges inte för just det här datumet; se källorna på sidan',
  slag: {
    beslut: 'uppdraget beslutades',
    bildat: 'bildades',
    upphort: 'upphörde',
    planBeslut: 'beslutades',
    planOverlamnad: 'överlämnades',
    planPresenterad: 'presenterades',
    planOverenskommen: 'ingicks',
    ikraft: 'trädde i kraft',
    planSlut: 'upphörde att gälla',
    infort: 'infördes',
    namnbyte: 'bytte namn',
    regionSedan: 'blev region',
    sedan: 'fick sitt nuvarande namn',
  } satisfies Record<Handelse['slag'], string>,
  tidigare: (namn: string) => `tidigare ${namn}`,
  som: (namn: string) => `som ${namn}`,
} as const;
