// The Swedish strings of the editing form (/admin/) and its configuration, keyed. The site's own
// interface strings are in src/i18n/sv/; these belong to the CMS alone.
export const cmsTexter = {
  sidtitel: 'Redigera innehållet – Cancerrådsregistret',
  rubrik: 'Redigera innehållet',
  ingress:
    'Här ändrar du innehållet i ett formulär i stället för i filerna. När du sparar blir ändringen ett förslag (en pull request) i förrådet på GitHub; en annan redaktör granskar det innan det publiceras.',
  kravs: 'Formuläret behöver JavaScript och ett GitHub-konto. Utan dem: följ länken Föreslå ändring på sidan du vill ändra, eller läs CONTRIBUTING.md i förrådet.',
  text: 'Text',
  textTips:
    'Texten under fälten, på klarspråk och i Markdown. Krävs för allt utom personer, nyckeltal och ordlistan. Länka en person med /personer/#id-<id> och en annan post med dess adress, t.ex. /organ/rcc-syd/.',
  datumTips: 'Skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så exakt som källan anger.',
  ingetVal: 'Inget valt',
  /** Field labels where src/i18n/sv/ (rubrik) has none; otherwise the field's name is shown. */
  falt: {
    niva: 'Nivå',
    granskad: 'Senast granskad',
    fragor: 'Frågor',
    fraga: 'Fråga',
    kalla: 'Källa',
    varde: 'Värde',
    ar: 'År',
    ungefar: 'Ungefär (cirka)',
    forklaring: 'Förklaring',
    sprak: 'Språk',
    utgivenAv: 'Utgiven av',
    invanare: 'Invånare',
    fran: 'Från',
    epost: 'E-post',
    anmarkning: 'Anmärkning',
    sammanfattning: 'Sammanfattning',
  } as Record<string, string>,
} as const;
