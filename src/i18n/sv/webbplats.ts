// The site's name and description, the edit link and the error page.
export const webbplats = {
  namn: 'Cancerrådsregistret',
  undertitel: 'Vem styr svensk cancervård, och med vilket uppdrag',
  beskrivning:
    'Uppdrag, ledamöter, mål och vårdprogram för de råd och grupper som styr svensk cancervård: nationellt, i de sex sjukvårdsregionerna och i de 21 regionerna.',
} as const;

export const atgard = {
  foreslaAndring: 'Föreslå ändring',
  foreslaAndringTitel: 'Öppna sidans källfil i förrådet',
} as const;

export const fel = {
  sidanFinnsInte: 'Sidan finns inte',
  flyttad: 'Sidan har flyttat',
  flyttadText: 'Sidan har fått en ny adress. Om du inte kommer dit av dig själv:',
  sidanFinnsInteText: 'Sidan du sökte finns inte, eller har flyttats. Prova sökningen eller börja från startsidan.',
  /** The ways on from the "not found" page. */
  tillStart: 'Till startsidan',
  sokEllerBladdra: 'Sök eller bläddra A–Ö',
  allaOrgan: 'Alla råd och grupper',
} as const;
