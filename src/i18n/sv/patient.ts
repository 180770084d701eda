// Patient participation and "Vem kontaktar jag om vad?".
import type { Fraga, Kontaktslag } from '../../schemas/organ.ts';

export const patient = {
  medverkanRubrik: 'Här har patienter och närstående en plats',
  medverkanIngress:
    'I de här råden och grupperna sitter patienter, närstående eller patientföreträdare med. Listan bygger på hur källorna beskriver vem som ingår. Finns ett råd inte med, säger källorna inget om patienter i det.',
  platser: (n: number) => (n === 1 ? '1 plats' : `${n} platser`),
  antalOkant: 'Källan anger inte hur många platser.',
  antalRubrik: 'Platser',
  vemRubrik: 'Vem som ingår, med källans ord',
  tillsattning: 'Hur ledamöterna utses',
  tillsattningOkand: 'Källan säger inte hur ledamöterna utses.',
  kalla: 'Källa',
  kallor: 'Källor',
  organHarPlats: 'Patienter eller närstående har en plats i det här organet.',
  allaMedPlats: 'Alla råd och grupper där patienter har en plats',
} as const;

export const kontakt = {
  rubrik: 'Vem kontaktar jag om vad?',
  fragorPaSidan: 'Frågor på sidan',
  ingress:
    'Här ser du vilka råd och grupper som arbetar med några vanliga frågor, och på vilken nivå, och hur du når dem. Uppgifterna kommer från källorna. Sidan visar bara organisationernas egna webbsidor, växlar och funktionsbrevlådor, aldrig uppgifter om enskilda personer.',
  egenVard: 'Sidan ger inga råd om din egen vård. Frågor om den tar du med vården där du får den.',
  /** A route that belongs to the body this one is part of: "Webbsida (via RCC Stockholm Gotland)". */
  via: (slag: string, namn: string) => `${slag} (via ${namn})`,
  ingenWebbplats: 'Källorna här anger ingen webbsida, växel eller funktionsbrevlåda för organet.',
  /** The kinds of route, as a route's label shows them. */
  slag: { webbsida: 'Webbsida', vaxel: 'Växel', funktionsbrevlada: 'Funktionsbrevlåda' } satisfies Record<Kontaktslag, string>,
  /** "Webbsida för Patient- och närståenderådet". */
  slagFor: (slag: string, avser: string) => `${slag} för ${/^\p{Lu}\p{Ll}/u.test(avser) ? avser.charAt(0).toLocaleLowerCase('sv') + avser.slice(1) : avser}`,
  /** A route's source and its date: "enligt Organisation RCC Syd (odaterad, kontrollerad 24 november 2026)". */
  kallaOchDatum: 'enligt',
  utanKalla: 'ingen av källorna här anger adressen',
  allaRubrik: 'Alla kontaktvägar som källorna anger',
  allaText:
    'Råd, grupper och myndigheter som källorna anger en webbsida, växel eller funktionsbrevlåda för, nivå för nivå. Varje väg står med sin källa och källans datum. En väg ur en källa som är äldre än några år är märkt.',
  organetsVagar: 'Så når du organet',
  ansvararFor: 'Ansvarar för',
  enligt: 'Enligt',
  inga: 'Källorna här säger inte vilket organ som arbetar med frågan.',
  fragor: {
    vardprogram: {
      rubrik: 'Ett vårdprogram',
      text: 'Vem beslutar om de nationella vårdprogrammen, och vem tar hand om dem i din region?',
    },
    'vantetider-svf': {
      rubrik: 'Väntetider och standardiserade vårdförlopp (SVF)',
      text: 'Vem arbetar för kortare väntan från misstanke om cancer till behandling?',
    },
    rehabilitering: {
      rubrik: 'Rehabilitering',
      text: 'Vem arbetar med stöd och rehabilitering före, under och efter behandlingen?',
    },
    patientmedverkan: {
      rubrik: 'Att vara med som patientföreträdare',
      text: 'Vem arbetar för att patienter och närstående ska kunna vara med och påverka?',
    },
  } satisfies Record<Fraga, { rubrik: string; text: string }>,
} as const;
