// Lead paragraphs of the pages that list a whole collection, and the short texts inside their lists.
import { antalOrd, upprakning } from './format.ts';

export const listsida = {
  planer:
    'De nationella strategierna och de regionala cancerplanerna, med sina mål. Varje plan visas som pågående, avslutad eller kommande, räknat ur dess period och dagens datum.',
  regioner: 'Regionerna (före 2019–2020 kallade landsting) ansvarar för hälso- och sjukvården. Här är de ordnade efter sjukvårdsregion.',
  /**
   * After the regions' lead: the regions in more than one healthcare region, with how many
   * ("Region Halland hör till två sjukvårdsregioner.").
   */
  fleraSjukvardsregioner: (regioner: { namn: string; antal: number }[]) =>
    regioner.length === 1
      ? `${regioner[0]!.namn} hör till ${antalOrd(regioner[0]!.antal)} sjukvårdsregioner.`
      : `${upprakning(regioner.map((r) => r.namn))} hör var och en till mer än en sjukvårdsregion.`,
  organ:
    'Alla råd, programområden, arbetsgrupper och myndigheter på webbplatsen, ordnade efter nivå. Välj en sjukvårdsregion eller region för att se vilka som finns där.',
  vardprogram:
    'Nationella vårdprogram beskriver hur en cancersjukdom ska utredas och behandlas. Standardiserade vårdförlopp (SVF) anger hur snabbt det ska gå. Kvalitetsregister följer upp resultaten.',
  sjukvardsregioner:
    'Sveriges 21 regioner samarbetar om högspecialiserad vård i sex sjukvårdsregioner. Varje sjukvårdsregion har ett regionalt cancercentrum (RCC) som leder utvecklingen av cancervården.',
  mal: 'Alla mål på webbplatsen, ordnade efter den plan de hör till.',
  kallor:
    'Alla uppgifter på webbplatsen bygger på de här källorna. Varje sida visar sina källor längst ner. En odaterad källa anges som odaterad, med det datum den senast kontrollerades och, där innehållet visar det, de år den kan vara skriven.',
  nyckeltal: 'Siffror om cancervården och dess styrning, alltid med år och källa. En siffra gäller det år som anges, inte i dag.',
  ordlista: 'Förkortningar och ord som används i cancervårdens styrning, förklarade på vanlig svenska.',
  personer:
    'Personer som källorna nämner i en offentlig roll. Uppgifterna gäller vid källans datum; den som har rollen i dag kan vara någon annan. Kontaktuppgifter visas bara där källan själv publicerar dem.',
} as const;

/** One person on the people page: the work contact the source publishes, and the roles. */
export const person = {
  /** Before the telephone number and the e-mail address. */
  arbetskontakt: 'Arbetskontakt enligt källan:',
  telefon: 'telefon',
  epost: 'e-post',
  /** Before the link to the body: "Ordförande i". */
  rollI: (roll: string) => `${roll} i`,
  /** Before the link to the body whose mandate the person decided. */
  beslutadeUppdraget: 'Beslutade uppdraget för',
} as const;
