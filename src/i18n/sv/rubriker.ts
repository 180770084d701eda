// Headings and short texts of entry pages and their parts.
import { samling } from './etiketter.ts';

export const rubrik = {
  startIngress:
    'Här ser du vilka råd och grupper som styr cancervården i Sverige, vad de har i uppdrag och vilka mål de arbetar mot. Allt med källor.',
  /** The start page's count of what the site describes. */
  startAntal: (n: { organ: number; planer: number; mal: number; kallor: number }) =>
    `Webbplatsen beskriver ${n.organ} råd, grupper och myndigheter, ${n.planer} strategier och planer med ${n.mal} mål, byggt på ${n.kallor} källor.`,
  nivaerna: 'Tre nivåer',
  /** The start page's card of the national level. */
  startNationellText:
    'Regeringen, myndigheter, Sveriges Kommuner och Regioner och de regionala cancercentrumens nationella samverkan. Här finns den nationella cancerstrategin och dess fem mål.',
  /** The start page's card of the healthcare regions. */
  startSjukvardsregioner: 'Sex sjukvårdsregioner',
  startSjukvardsregionerText: 'Regionerna samarbetar i sex sjukvårdsregioner. Varje sjukvårdsregion har ett regionalt cancercentrum (RCC).',
  /** The start page's card of the regions. */
  startRegioner: (n: number) => `${n} regioner`,
  startRegionerText:
    'Regionerna, som tidigare hette landsting, ansvarar för vården. Under varje region står dess cancerråd och andra råd och grupper, där webbplatsen har uppgifter om dem.',
  /** A region in two healthcare regions: which part belongs where. */
  delI: (del: string) => `${del}:`,
  hittaRegion: 'Hitta din region',
  /** The search page's list of everything, which works without JavaScript (here, not in sok.ts, which the client script bundles). */
  allaAo: 'Allt på webbplatsen, A–Ö',
  /** The lead of the national level's page. */
  nationelltIngress:
    'Den nationella nivån sätter riktningen för cancervården i hela landet: regeringen genom strategier och årliga överenskommelser med Sveriges Kommuner och Regioner, myndigheterna genom riktlinjer och uppföljning, och de regionala cancercentrumen tillsammans genom nationella vårdprogram och vårdförlopp.',
  uppdrag: 'Uppdrag',
  uppgifter: 'Uppgifter',
  syfte: 'Syfte',
  sammansattning: 'Sammansättning',
  tillsattning: 'Hur ledamöter utses',
  ledning: 'Ledning',
  motesfrekvens: 'Möten',
  rapportering: 'Rapportering',
  rapporterarTill: 'Rapporterar till',
  delAv: 'Del av',
  finansiering: 'Finansiering',
  varaktighet: 'Varaktighet',
  beslut: 'Beslutat av',
  status: 'Status',
  bildat: 'Bildat',
  upphort: 'Upphörde',
  medlemmar: 'Personer',
  bestarAv: 'Vilka som ingår',
  personerNamnges: (n: number) => (n === 1 ? 'En person namnges' : `${n} personer namnges`),
  beskrivning: 'Beskrivning',
  kallor: 'Källor',
  underordnade: 'Rapporterar hit',
  delar: 'Ingår här',
  planer: 'Planer som organet arbetar utifrån',
  malSomTjanas: 'Mål som arbetet tjänar',
  vardprogram: 'Vårdprogram och vårdförlopp',
  ansvariga: 'Ansvariga',
  organ: 'Råd och grupper',
  planerPaNivan: 'Strategier och planer',
  regioner: 'Regioner',
  sjukvardsregion: 'Sjukvårdsregion',
  sjukvardsregioner: 'Sjukvårdsregioner',
  tidigareNamn: 'Tidigare namn',
  kortnamn: 'Kortnamn',
  regionSedan: 'Region sedan',
  period: 'Period',
  beslutadAv: 'Beslutad av',
  beslutsdatum: 'Beslutsdatum',
  ikraft: 'I kraft',
  agare: 'Ansvarig',
  byggerPa: 'Bygger på',
  byggerPaDenna: 'Planer som bygger på den här',
  mal: 'Mål',
  bidrarTill: 'Bidrar till',
  bidrarHit: 'Mål som bidrar hit',
  iPraktiken: 'I praktiken',
  arbetarMot: 'Arbetar mot målet',
  ingenArbetarMot: 'Webbplatsen känner inte till något råd eller någon grupp som har målet i sitt uppdrag.',
  organSomArbetarMot: 'Råd och grupper som arbetar mot målet',
  organSomAnvanderPlanen: 'Råd och grupper som arbetar utifrån planen',
  kedjaUpp: 'Kedjan uppåt',
  nyckeltal: 'Nyckeltal',
  infort: 'Infört',
  anvandsPa: 'Uppgifter från källan finns på',
  utgivare: 'Utgivare',
  /** A source's own wording of its publisher, after the link to the body (on a source's page). */
  iKallan: (utgivare: string) => `i källan: ${utgivare}`,
  datum: 'Datum',
  adress: 'Adress',
  fil: 'Källdokument',
  /** Shown instead of the archive's internal file name, which readers have no use for. */
  filArkiv: 'Dokumentet har ingen webbadress; en kopia finns i registrets källarkiv.',
  horTill: 'Hör till',
  allaKallor: 'Alla källor',
  allaNyckeltal: 'Alla nyckeltal',
  faltI: (samling: string) => `Fält i ${samling}`,
  antalMal: (n: number) => `${n} mål`,
  /** Before the link or name of a goal's plan: "Mål 2 i" (a goal page's kicker), "Mål i" (the A–Ö list). */
  malIPlan: (nummer?: number) => `${samling.mal}${nummer ? ` ${nummer}` : ''} i`,
  sjukvardsregionensOrgan: 'Sjukvårdsregionens råd och grupper',
  organISjukvardsregionen: 'Råd och grupper i sjukvårdsregionen',
  organIRegionerna: 'Råd och grupper i regionerna',
  invanare: 'Invånare',
  sedan: 'Sedan',
  vadMaletBetyder: 'Vad målet betyder',
  ingenKedjaUpp: 'Målet hör till en plan på högsta nivån, eller källorna säger inte vilket mål ovanför det tjänar.',
  ingenBidrarHit: 'Webbplatsen känner inte till några mål längre ner som bidrar till det här målet.',
} as const;

/** Column headings of tables and short words inside rows. */
export const kolumn = {
  falt: 'Fält',
  kravs: 'Krävs',
  varde: 'Värde',
  beskrivning: 'Beskrivning',
  matt: 'Mått',
  ar: 'År',
  kalla: 'Källa',
  utgivare: 'Utgivare',
  datum: 'Datum',
  anvandsPa: 'Används på',
  /** How many pages use a source, in the list of sources. */
  sidor: (n: number) => `${n} ${n === 1 ? 'sida' : 'sidor'}`,
  ja: 'ja',
  nej: 'nej',
  kallaI: 'källa',
  till: 'till',
} as const;
