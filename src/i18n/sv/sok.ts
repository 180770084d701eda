// The search form and the search page; the client script src/scripts/sok.ts imports only this module.

export const sok = {
  rubrik: 'Sök',
  etikett: 'Sök på webbplatsen',
  /** Names of the two search landmarks on /sok/, so that a screen reader can tell them apart. */
  sidhuvudSok: 'Snabbsök i sidhuvudet',
  sidansSok: 'Sök och filtrera',
  knapp: 'Sök',
  filtrera: 'Filtrera träffarna',
  filtreraKnapp: (n: number) => (n ? `Filtrera (${n})` : 'Filtrera'),
  bokstaver: 'Bokstäver',
  platshallare: 't.ex. cancerråd, RPO, Sörmland',
  utanJs: 'Sökningen medan du skriver behöver JavaScript, som är avstängt i din webbläsare. Listan A–Ö nedan har allt på webbplatsen.',
  tillAo: 'Gå till listan A–Ö.',
  filternamn: { typ: 'Typ', niva: 'Nivå', sjukvardsregion: 'Sjukvårdsregion', region: 'Region' } as Record<string, string>,
  ingaTraffar: (q: string) => `Inga träffar${q ? ` för "${q}"` : ''}.`,
  traffar: (n: number, q: string, max: number) => `${n} ${n === 1 ? 'träff' : 'träffar'}${q ? ` för "${q}"` : ''}${n > max ? `, de ${max} bästa visas` : ''}.`,
  /** Shown when a question in words was shortened to its content words before searching. */
  sokteMed: (q: string) => `Sökte på "${q}".`,
  ordRubrik: 'Förklaring i ordlistan',
  ordLank: (term: string) => `${term} i ordlistan`,
  hjalpRubrik: 'Hittar du inte det du söker?',
  hjalpStavning: 'Prova ett kortare ord, en annan stavning eller färre filter.',
  hjalpAo: 'Bläddra i listan A–Ö med allt på webbplatsen.',
  hjalpDiagnos: 'Söker du en diagnos? Nationella vårdprogram och standardiserade vårdförlopp publiceras i',
  kalla: 'källa',
  nara: (q: string) => `Närliggande träffar för "${q}":`,
  /** Question and filler words removed from a query in words ("hur blir jag patientrepresentant"). */
  stoppord: ['hur', 'vad', 'vem', 'vilka', 'vilken', 'vilket', 'var', 'när', 'varför', 'blir', 'bli', 'jag', 'man', 'kan', 'får', 'ska', 'vill', 'är', 'en', 'ett', 'det', 'den', 'som', 'och', 'om', 'till', 'för', 'att', 'med', 'mig', 'min', 'mitt', 'gör', 'göra', 'hitta', 'finns', 'de', 'dem', 'sig'],
  /** Words people use that the pages say otherwise: the search also looks for the page's word. */
  synonymer: { patientrepresentant: 'patientföreträdare', patientrepresentanter: 'patientföreträdare', landstinget: 'landsting' } as Record<string, string>,
} as const;
