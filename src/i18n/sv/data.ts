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
  popolo: 'Organ, personer, uppdrag och roller enligt datastandarden Popolo (organizations, persons, memberships, posts, areas).',
  popoloLank: 'Popolo-standarden',
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
