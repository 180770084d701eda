// The change history of an entry: headings, and each change said in plain Swedish.
import type { Andring } from '../../lib/historik/skillnad.ts';
import { datumText } from './format.ts';

/** Field names as a reader knows them; list fields also in the singular, for "Uppgift tillagd". */
const FALT: Record<string, string> = {
  namn: 'Namn', kortnamn: 'Kortnamn', typ: 'Typ', niva: 'Nivå', sjukvardsregion: 'Sjukvårdsregion', region: 'Region',
  sammanfattning: 'Sammanfattning', rapporterarTill: 'Rapporterar till', delAv: 'Del av', planer: 'Planer', mal: 'Mål',
  uppdrag: 'Uppdrag', syfte: 'Syfte', uppgifter: 'Uppgifter', sammansattning: 'Sammansättning', tillsattning: 'Hur ledamöter utses',
  ledning: 'Ledning', motesfrekvens: 'Mötesfrekvens', rapportering: 'Rapportering', finansiering: 'Finansiering',
  varaktighet: 'Varaktighet', beslut: 'Beslut', av: 'Beslutat av', datum: 'Datum', ort: 'Ort', person: 'Person', organ: 'Organ',
  medlemmar: 'Personer', bildat: 'Bildat', upphort: 'Upphörde', webbplats: 'Webbplats', fragor: 'Frågor', kallor: 'Källor',
  granskad: 'Senast granskad', period: 'Period', fran: 'Från', till: 'Till', beslutadAv: 'Beslutad av', beslutsdatum: 'Beslutsdatum',
  ikraft: 'I kraft', byggerPa: 'Bygger på', agare: 'Ansvarig', titel: 'Titel', utgivare: 'Utgivare', adress: 'Adress',
  senast: 'Senast möjliga år', tidigast: 'Tidigaste möjliga år', datering: 'Datering', tidigareNamn: 'Tidigare namn',
  ersattAv: 'Ersattes av', uppgickI: 'Uppgick i', regionSedan: 'Region sedan', sedan: 'Sedan', infort: 'Infört', roll: 'Roll', kalla: 'Källa',
  datumkallor: 'Källa för ett datum', upphortKalla: 'Källa för upphörandet',
};
const EN: Record<string, [string, boolean]> = {
  uppgifter: ['Uppgift', false], kallor: ['Källa', false], medlemmar: ['Person', false], mal: ['Mål', true], planer: ['Plan', false],
  rapportering: ['Rapportering', false], sammansattning: ['Rad i sammansättningen', false], tidigareNamn: ['Tidigare namn', true],
  fragor: ['Fråga', false], rapporterarTill: ['Rapporterar till', true], byggerPa: ['Bygger på', true],
};

const stor = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const varde = (v: string) => (/^\d{4}(-\d\d){1,2}$/.test(v) ? datumText(v) : v);
/** The label of a field path: a member's role ("Ordförande") or the last field's name. */
function etikett(falt: string[]): string {
  const sista = falt[falt.length - 1] ?? '';
  if (falt[falt.length - 2] === 'medlemmar') return stor(sista);
  if (falt[falt.length - 2] === 'datumkallor') return `Källa för ${(FALT[sista] ?? sista).toLocaleLowerCase('sv')}`;
  return FALT[sista] ?? stor(sista);
}

export const historik = {
  rubrik: 'Ändringshistorik',
  lank: 'Ändringshistorik',
  titel: (namn: string) => `Ändringshistorik: ${namn}`,
  ingress: 'Varje ändring av uppgifterna på sidan, den senaste först, hämtad ur projektets versionshistorik (git). Varje rad visar vad som ändrades och länkar till ändringen.',
  ingaAndringar: 'Inga ändringar finns i versionshistoriken för den här sidan.',
  ofullstandig: 'Webbplatsen byggdes utan hela versionshistoriken, så ändringar kan saknas här. Hela historiken finns i projektets arkiv.',
  fler: (n: number) => `Bara de ${n} senaste ändringarna visas. Äldre ändringar finns i projektets arkiv.`,
  incheckning: 'Ändringen',
  pr: (n: number) => `förslag #${n}`,
  tillbaka: 'Tillbaka till',
  /** One change as a reader reads it. */
  andring: (a: Andring): string => {
    switch (a.slag) {
      case 'skapad': return 'Sidan skapades.';
      case 'borttagen': return 'Sidan togs bort.';
      case 'text': return 'Beskrivningen ändrades.';
      case 'andrat': return `${etikett(a.falt)}: ${varde(a.fore)} → ${varde(a.efter)}`;
      case 'tillagt': {
        const en = EN[a.falt[a.falt.length - 1] ?? ''];
        return en ? `${en[0]} ${en[1] ? 'tillagt' : 'tillagd'}: ${varde(a.varde)}` : `${etikett(a.falt)} tillagt: ${varde(a.varde)}`;
      }
      case 'borttaget': {
        const en = EN[a.falt[a.falt.length - 1] ?? ''];
        return en ? `${en[0]} ${en[1] ? 'borttaget' : 'borttagen'}: ${varde(a.varde)}` : `${etikett(a.falt)} borttaget: ${varde(a.varde)}`;
      }
    }
  },
} as const;
