// Each seed document's key facts are on the page of the body or plan they belong to
// (table-driven; the facts are the seeds' own figures, names, dates and tasks).
import { expect, test } from '@playwright/test';
import { html, huvud, text } from '../../lib/site.ts';

const FAKTA: { sida: string; kalla: string; fakta: (string | RegExp)[] }[] = [
  {
    sida: '/organ/strategiskt-cancerrad-skane/',
    kalla: 'seed 000 (Region Skåne 2021)',
    fakta: [
      'Strategiskt cancerråd/LPO cancersjukdomar', 'Malmö', '22 september 2021', 'Pia Lundbom', /hälso- och sjukvårdsdirektör/i,
      'Lena Luts', /regional cancersamordnare/i, /sjukhusförvaltning/, /medicinsk service/i, /primärvård/, /RCC.Syd/, /patientföreträdare/,
      /koncernkontoret/, /6 gånger/, /kunskapsstyrningsrådet/i, /Regional cancerplan 2019.2022/, /följas upp varje år|årlig/, /lokala patientprocessledare/,
      'LPPL', /budgetprocess/, /egen erfarenhet av cancer/, /linjeansvariga/i, /sakkunniga/i, /nomineras/, /[Ss]edan 2010/, /2018/,
      /kunskapsstöd/, /indikatorer/, /specialiserad vård/,
    ],
  },
  { sida: '/personer/', kalla: 'seed 000', fakta: ['0768-871743', 'lena.luts@skane.se', /medicinsk rådgivare/i] },
  { sida: '/planer/regional-cancerplan-syd-2019-2022/', kalla: 'seed 000', fakta: [/RCC Syd/i, 'Avslutad', /minska antalet cancerfall/i] },
  {
    sida: '/organ/rpo-cancer-stockholm-gotland/',
    kalla: 'seed 001 (Region Stockholm 2024)',
    fakta: [/urologisk cancer/i, /RPO urinvägssjukdom/i, /RPO levnadsvanor/i, /RPO medicinsk diagnostik/i, /patient/, /närstående/, /remisshantering/i, /Socialdepartementet/, /SKR/, /handlingsplan/],
  },
  {
    sida: '/mal/rpo-sg-hitta-cancer/',
    kalla: 'seed 001',
    fakta: [/32 standardiserade vårdförlopp/, /77 (procent|%)/, /52 (procent|%)/, /Myeloproliferativa neoplasier|MPN/, /2023/, /patologi/, /bilddiagnostik/],
  },
  { sida: '/mal/rpo-sg-minska-cancerrisken/', kalla: 'seed 001', fakta: [/en tredjedel/, /levnadsvanor/, /europeiska initiativet|europeisk/i] },
  { sida: '/mal/rpo-sg-livet-med-och-efter-cancer/', kalla: 'seed 001', fakta: [/40 nationella vårdprogram/, /38 kvalitetsregister/, /prehabilitering/i, /rehabiliteringsöversikt/i] },
  {
    sida: '/planer/cancerplan-stockholm-gotland-2024-2027/',
    kalla: 'seed 001',
    fakta: [/oktober 2023/, /1 januari 2024/, /europeiska cancerplanen/i, /Vägen framåt/, /hälso- och sjukvårdsnämnden/i, /Region Gotland/],
  },
  { sida: '/kallor/rpo-cancer-mal-och-insatsomraden/', kalla: 'seed 001', fakta: ['14 februari 2024', '13 februari 2024', 'Caroline Olsson', 'Malin Vikström'] },
  {
    sida: '/organ/cancerradet-sormland/',
    kalla: 'seed 002 (Landstinget Sörmland, före 2019)',
    fakta: [
      /Stödja implementering/, /Informera om RCC:s verksamhet/, /vårdprogramgrupper/, /styrgrupp för landstingets cancerprocesser/i, /remissvar/,
      /prioriteringar, omfördelningar och förändringar/, /Initiera förbättringsområden/, /årligen/, /Landstinget Sörmland/, /Region Sörmland/,
    ],
  },
  {
    sida: '/organ/rcc-mellansverige/',
    kalla: 'seed 002',
    fakta: [/Uppsala.Örebro/, /sex regionala cancercent/, /patientfokuserad, jämlik, säker och effektiv/, /rehabilitering/, /patientnära forskning/, /kvalitetsregister/, /cancercentrum\.se/, /Samverkansnämnden/i],
  },
  { sida: '/organ/styrgrupp-rcc-mellansverige/', kalla: 'seed 002', fakta: [/(?<!\p{L})sju (regioner|landsting)/u, /Uppsala/, /Örebro/, /universitet/] },
  {
    sida: '/organ/rag-onkologi-sydostra/',
    kalla: 'seed 003 (Sydöstra sjukvårdsregionen)',
    fakta: [
      /Vårdprogram: remissvar och implementering/, 'Strålterapi', 'Skandionkliniken', 'Läkemedel', /Medicinsk diagnostik/i, /Molekylärpatologiska analyser/,
      'Kompetensförsörjning', 'Forskning', /permanent/i, /halvår/, /fysiskt/, /digitalt/, /minnesanteckningar/i, /finansierar/, /RPO Cancer/,
      /styrgrupp/, /driver gruppens arbete framåt/, /förankrar och kommunicerar/, /hela sjukvårdsregionen/, /handlingsplan/,
    ],
  },
  {
    sida: '/planer/utgangspunkter-cancer-sydostra/',
    kalla: 'seed 003',
    fakta: [/Vårdteamet/, /fyra veckor/, /Best practice/i, /palliativ/, /screeningprogram/, /patientnära forskning/, /Region Jönköpings län/, /Region Kalmar län/, /Region Östergötland/, /kunskapsbaserad, jämlik och resurseffektiv/i],
  },
  {
    sida: '/planer/nationell-cancerstrategi-2009/',
    kalla: 'seed 004 (Landstinget i Värmland)',
    fakta: [/Minska risken att insjukna i cancer/, /Förbättra omhändertagandet/, /Förlänga överlevnad och förbättra livskvaliteten/, /Minska regionala skillnader i överlevnad/, /befolkningsgrupper/, /överenskommelse/, /SOU 2009:11/],
  },
  { sida: '/planer/cancerstrategi-varmland/', kalla: 'seed 004', fakta: [/2011/, /sju miljoner|7 miljoner/, /Landstinget i Värmland/, /Region Värmland/] },
  { sida: '/organ/cancerradet-varmland/', kalla: 'seed 004', fakta: [/utvecklingsområden/, /nya behandlingar/] },
];

for (const f of FAKTA) {
  test(`${f.kalla}: the facts are on ${f.sida}`, () => {
    const t = text(huvud(html(f.sida)));
    const saknas = f.fakta.filter((x) => (typeof x === 'string' ? !t.includes(x) : !x.test(t)));
    expect(saknas.map(String)).toEqual([]);
  });
}
