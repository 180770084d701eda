// Open data, the change feed and figure series.

export const data = {
  rubrik: 'Öppna data',
  ingress:
    'Allt innehåll på webbplatsen finns också som öppna data i JSON: en fil per samling, en fil per post och ett JSON Schema per samling. Hänvisningar mellan poster har postens id och adresser. Fri att använda; ange Cancerrådsregistret och källorna som källa.',
  samling: {
    sjukvardsregioner: 'De sex sjukvårdsregionerna',
    regioner: 'De 21 regionerna',
    organ: 'Råd, programområden, arbetsgrupper och nationella organ',
    personer: 'Personer som källorna nämner i en offentlig roll',
    planer: 'Strategier och planer',
    mal: 'Planernas mål',
    vardprogram: 'Vårdprogram, vårdförlopp och kvalitetsregister',
    nyckeltal: 'Nyckeltal med år och källa',
    kallor: 'Källdokumenten',
    ordlista: 'Förkortningar och begrepp',
  },
  falt: {
    id: 'Postens id (filnamnet utan ändelse).',
    url: 'Postens sida på webbplatsen.',
    json: 'Postens fil med öppna data.',
    samling: 'Samlingen som posten hör till.',
    text: 'Postens löptext i Markdown.',
    organStatus: 'Organets status i dag, härledd ur dess datum (bildat, upphort, tidigareNamn, uppgickI, ersattAv): aktivt, bytteNamn, uppgick, ersatt, upphort eller kommande.',
    planStatus: 'Planens status i dag, härledd ur dess period: pagaende, avslutad eller kommande. Saknas när perioden inte är känd.',
  },
  filerna: 'Filerna',
  /** Around the address pattern of one entry's file (in <code>) and the collection named in it (in <code>). */
  filernaText: [
    'Varje samling finns som en fil med alla poster. Varje post finns också som en egen fil, med adressen',
    '(byt',
    'mot samlingens namn). Filerna skapas vid varje bygge av webbplatsen, från samma innehåll som sidorna.',
  ],
  filTabell: 'Filer med öppna data',
  kolumn: {
    samling: 'Samling',
    innehall: 'Innehåll',
    poster: 'Poster',
    allaPoster: 'Alla poster',
    schema: 'JSON Schema',
    exempel: 'Exempel på en post',
  },
  /** How one entry points to another: the fields of the reference object (in <code>), with what each holds. */
  hanvisningar: {
    rubrik: 'Hänvisningar mellan poster',
    text: 'Där en post hänvisar till en annan (ett råd till sin region, ett mål till sin plan) står ett objekt med fyra fält:',
    id: 'den andra postens id',
    url: 'postens sida',
    json: 'postens fil',
    /** Before the date formats (in <code>). */
    datum: 'Datum står så exakt som källan anger dem:',
  },
  popoloRubrik: 'Popolo',
  popolo: 'Organ, personer, uppdrag och roller enligt datastandarden Popolo (organizations, persons, memberships, posts, areas).',
  popoloLank: 'Popolo-standarden',
  /** Before the link to a file. */
  fil: 'Fil',
  /** Before the link to the standard. */
  omStandarden: 'Om standarden',
  flodeRubrik: 'Ändringar och webbplatskarta',
  /** Before the links to the feed and the sitemap. */
  flodeFil: 'Flöde (RSS)',
  allaSidor: 'Alla sidor',
  webbplatskartan: 'webbplatskartan',
  faltRubrik: 'Fälten i varje samling',
  /** Around the fields that every collection has (in <code>). */
  faltText: ['Tabellerna skapas från samma JSON Schema som publiceras ovan. Fälten', 'finns i alla samlingar.'],
  tidigareNamn: 'tidigare namn',
  flode: 'Ändringar',
  flodeBeskrivning: 'Poster som har ändrats eller granskats, senast först.',
} as const;

export const serie = {
  rubrik: 'Över tid',
  beskrivning: (punkter: string[]) => `Stapeldiagram, ett värde per år: ${punkter.join('; ')}.`,
  tabell: (namn: string) => `${namn}, per år`,
  varde: 'Värde',
} as const;
