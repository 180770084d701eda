// Comparing mandates; the client script src/scripts/jamfor.ts imports only this module.

export const jamfor = {
  rubrik: 'Jämför uppdrag',
  ingress:
    'Ställ råd och grupper bredvid varandra och jämför uppdragen fält för fält: syfte, uppgifter, sammansättning, möten, rapportering, beslut och finansiering.',
  valj: 'Välj organ att jämföra',
  valjHjalp: 'Välj två eller fler. Valet sparas i adressen, så att du kan dela länken.',
  perTyp: 'Jämför alla av en typ',
  perTypHjalp: 'En tabell per typ av organ, med alla organ av den typen bredvid varandra.',
  antal: (n: number) => `${n} organ`,
  falt: 'Fält',
  plats: 'Nivå och plats',
  saknas: 'Uppgift saknas',
  tabell: (typ: string, n: number) => `${typ}: ${n === 1 ? 'uppdraget för det enda organet' : `uppdragen för alla ${n} organ`} av typen, fält för fält`,
  tabellValda: 'Uppdragen för de organ du valt, fält för fält',
  valda: (n: number) => (n < 2 ? `Du har valt ${n} organ. Välj minst två för att jämföra.` : `${n} organ jämförs.`),
  rensa: 'Rensa valet',
  /** The primary action: show the comparison of the ticked bodies. */
  jamfor: 'Jämför',
  medAndra: (typ: string) => `Jämför uppdraget med andra organ av samma typ (${typ})`,
} as const;
