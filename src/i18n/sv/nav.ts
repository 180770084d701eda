// Main and footer navigation, breadcrumbs and the search form.
export const nav = {
  hoppaTill: 'Hoppa till innehållet',
  huvudmeny: 'Huvudmeny',
  start: 'Start',
  nationellt: 'Nationellt',
  sjukvardsregioner: 'Sjukvårdsregioner',
  regioner: 'Regioner',
  organ: 'Råd och grupper',
  planer: 'Strategier och planer',
  vardprogram: 'Vårdprogram',
  ordlista: 'Ordlista',
  om: 'Om webbplatsen',
  patientmedverkan: 'Patientmedverkan',
  kontakt: 'Vem kontaktar jag om vad?',
  jamfor: 'Jämför uppdrag',
  tidslinje: 'Tidslinje',
  brodsmulor: 'Du är här',
  sidfot: 'Om webbplatsen',
  tillganglighet: 'Tillgänglighetsredogörelse',
  kallor: 'Källor',
  aoSok: 'A–Ö och sök',
  redaktorer: 'För redaktörer',
} as const;

export const sok = {
  rubrik: 'Sök',
  etikett: 'Sök på webbplatsen',
  knapp: 'Sök',
  platshallare: 't.ex. cancerråd, RPO, Sörmland',
} as const;
