// The search form and the search page; the client script src/scripts/sok.ts imports only this module.

export const sok = {
  rubrik: 'Sök',
  etikett: 'Sök på webbplatsen',
  knapp: 'Sök',
  filtrera: 'Filtrera träffarna',
  bokstaver: 'Bokstäver',
  platshallare: 't.ex. cancerråd, RPO, Sörmland',
  filternamn: { typ: 'Typ', niva: 'Nivå', sjukvardsregion: 'Sjukvårdsregion', region: 'Region' } as Record<string, string>,
  ingaTraffar: (q: string) => `Inga träffar${q ? ` för "${q}"` : ''}. Prova ett annat ord eller färre filter.`,
  traffar: (n: number, q: string, max: number) => `${n} ${n === 1 ? 'träff' : 'träffar'}${q ? ` för "${q}"` : ''}${n > max ? `, de ${max} bästa visas` : ''}.`,
} as const;
