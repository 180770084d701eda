// Labels for the values of every enum in src/schemas/, each checked against its enum.
import type { KALLTYPER } from '../../schemas/kallor.ts';
import type { Niva } from '../../schemas/falt.ts';
import type { ORGANTYPER, SAMMANSATTNINGSKATEGORIER } from '../../schemas/organ.ts';
import type { PLANTYPER } from '../../schemas/planer.ts';
import type { VARDPROGRAMTYPER } from '../../schemas/vardprogram.ts';

export const niva = {
  nationell: 'Nationell nivå',
  sjukvardsregion: 'Sjukvårdsregion',
  region: 'Region',
} satisfies Record<Niva, string>;

export const organtyp = {
  regering: 'Regering',
  myndighet: 'Myndighet',
  intresseorganisation: 'Intresseorganisation',
  samverkansnamnd: 'Samverkansnämnd',
  namnd: 'Nämnd',
  kommunalforbund: 'Kommunalförbund',
  forvaltning: 'Förvaltning',
  ledningsgrupp: 'Ledningsgrupp',
  styrgrupp: 'Styrgrupp',
  rcc: 'Regionalt cancercentrum',
  'rcc-samverkan': 'Nationell samverkan mellan RCC',
  npo: 'Nationellt programområde (NPO)',
  rpo: 'Regionalt programområde (RPO)',
  lpo: 'Lokalt programområde (LPO)',
  cancerrad: 'Cancerråd',
  kunskapsrad: 'Kunskapsråd',
  rag: 'Regional arbetsgrupp (RAG)',
  nag: 'Nationell arbetsgrupp (NAG)',
  arbetsgrupp: 'Arbetsgrupp',
  projekt: 'Projekt',
  funktion: 'Funktion',
} satisfies Record<(typeof ORGANTYPER)[number], string>;

export const plantyp = {
  strategi: 'Strategi',
  inriktning: 'Inriktning',
  cancerplan: 'Cancerplan',
  handlingsplan: 'Handlingsplan',
  malplan: 'Mål och insatser',
  overenskommelse: 'Överenskommelse',
  projekt: 'Projekt',
} satisfies Record<(typeof PLANTYPER)[number], string>;

export const vardprogramtyp = {
  'nationellt-vardprogram': 'Nationellt vårdprogram',
  svf: 'Standardiserat vårdförlopp',
  kvalitetsregister: 'Kvalitetsregister',
} satisfies Record<(typeof VARDPROGRAMTYPER)[number], string>;

export const kalltyp = {
  dokument: 'Dokument',
  webbsida: 'Webbsida',
  pressmeddelande: 'Pressmeddelande',
  artikel: 'Artikel',
  utredning: 'Utredning',
  forfattning: 'Författning',
  rapport: 'Rapport',
} satisfies Record<(typeof KALLTYPER)[number], string>;

export const kategori = {
  linje: 'Linjeansvariga',
  profession: 'Profession och sakkunniga',
  patient: 'Patienter och patientföreträdare',
  narstaende: 'Närstående',
  universitet: 'Universitet',
  politiker: 'Förtroendevalda',
  tjansteman: 'Tjänstemän',
  ovrigt: 'Övriga',
} satisfies Record<(typeof SAMMANSATTNINGSKATEGORIER)[number], string>;

/**
 * What one entry of each collection is called. Checked the other way round: every entry of the
 * registry (src/samlingar.ts) names its key here in `texter`.
 */
export const samling = {
  sjukvardsregioner: 'Sjukvårdsregion',
  regioner: 'Region',
  organ: 'Organ',
  planer: 'Plan',
  mal: 'Mål',
  vardprogram: 'Vårdprogram',
  kallor: 'Källa',
  personer: 'Person',
  nyckeltal: 'Nyckeltal',
  ordlista: 'Ordlista',
};
