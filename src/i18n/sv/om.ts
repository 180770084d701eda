// The pages about the site: /om/, the accessibility statement and the editors' field reference.
// A sentence with a link or markup in it is split into its parts; the markup stays in the page.

/** Link text of the repository, on /om/ and in the accessibility statement. */
const forradet = 'webbplatsens förråd';

export const om = {
  ingress:
    'Webbplatsen samlar på ett ställe vem som styr svensk cancervård och med vilket uppdrag: rådens och gruppernas uppdrag, sammansättning och mål, de strategier och planer de arbetar utifrån och de vårdprogram de genomför.',
  forradet,
  bakom: {
    rubrik: 'Vem står bakom webbplatsen',
    /** Before the link to "Vem kontaktar jag om vad?". */
    text: (utgivare: string) =>
      `Webbplatsen drivs av ${utgivare}. Den är inte en myndighets, en regions eller ett regionalt cancercentrums webbplats: beslut och kontakter finns hos organen själva, se`,
  },
  fel: {
    rubrik: 'Rapportera ett fel',
    /** Subject of the e-mail that the report address opens. */
    amne: 'Fel på webbplatsen',
    /** Around the report address, then around the edit link's name (in <em>). */
    medAdress: [
      'Har du hittat ett fel, en uppgift som inte stämmer eller något som inte fungerar? Skriv till',
      'och berätta vilken sida det gäller. Du behöver inget konto. Har du ett GitHub-konto kan du också använda länken',
      'längst ner på varje sida.',
    ],
    /** Without a report address: around the edit link's name (in <em>), then the link to the repository. */
    utanAdress: [
      'Har du hittat ett fel, en uppgift som inte stämmer eller något som inte fungerar? Använd länken',
      'längst ner på varje sida, eller skriv ett ärende i',
      '; båda kräver ett GitHub-konto. En adress för felrapporter utan konto är inte angiven för den här webbplatsen ännu.',
    ],
  },
  kallor: {
    rubrik: 'Var uppgifterna kommer ifrån',
    /** Before the link to the list of sources. */
    text: 'Varje uppgift bygger på en namngiven källa: beslut, uppdragsbeskrivningar och webbsidor från regioner, regionala cancercentrum, Sveriges Kommuner och Regioner, myndigheter och regeringen. Källorna visas längst ner på varje sida och samlas på sidan',
    aldre:
      'Många källor är äldre. Där en källa talar om ett landsting som i dag är en region, eller om en plan vars period har tagit slut, säger sidan det. Uppgifter om vem som har en roll gäller vid källans datum.',
  },
  aktuella: {
    rubrik: 'Så hålls uppgifterna aktuella',
    /** Before and after the edit link's name (in <em>). */
    fore: (manader: number) =>
      `Varje sida visar när den senast granskades mot sina källor. Sidor som inte har granskats på ${manader} månader får en varning. Innehållet ligger som textfiler i ett öppet förråd: vem som helst kan föreslå en ändring med länken`,
    efter: 'längst ner på varje sida. Redaktörer granskar förslaget innan det publiceras, och webbplatsen byggs inte om innehållet har fel.',
    /** Before the repository's address. */
    forradet: 'Förrådet',
    bidra: 'Hur man bidrar står i filen CONTRIBUTING.md i förrådet.',
  },
  /** Around the link to the open data page. */
  data: {
    fore: 'Allt innehåll finns också som',
    lank: 'öppna data',
    efter: 'i JSON, med ett JSON Schema per samling och en export enligt datastandarden Popolo.',
  },
  integritet: {
    rubrik: 'Integritet',
    text: 'Webbplatsen använder inga kakor, ingen statistik och hämtar inget från andra webbplatser. Sökningen sker helt i din webbläsare.',
  },
  tillganglighet: {
    rubrik: 'Tillgänglighet',
    /** Before the link to the statement. */
    fore: 'Läs',
    lank: 'tillgänglighetsredogörelsen',
  },
  utvecklare: {
    rubrik: 'För redaktörer och utvecklare',
    /** After the link to the component gallery. */
    medExempel: 'med exempel',
  },
} as const;

/** The accessibility statement (tillgänglighetsredogörelse), in the form DIGG recommends. */
export const tillganglighet = {
  rubrik: (webbplats: string) => `Tillgänglighet för ${webbplats}`,
  ingress:
    'Vi vill att alla ska kunna använda webbplatsen, oavsett behov. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, eventuella kända brister och hur du kan rapportera problem till oss.',
  hur: {
    rubrik: 'Hur tillgänglig är webbplatsen?',
    text: 'Vi bedömer att webbplatsen uppfyller kraven i WCAG 2.1 på nivå AA. Alla sidor går att läsa och använda med tangentbord och med skärmläsare, i ljust och mörkt läge och förstorade till 400 procent. Alla sidor går att läsa utan JavaScript, men sökningen medan du skriver, filtren på söksidan och valet av organ på sidan Jämför uppdrag behöver JavaScript. Utan JavaScript har söksidan en lista A–Ö med allt på webbplatsen.',
  },
  omDuInte: {
    rubrik: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    /** Around the report address, the link to the repository and the link to /om/. */
    medAdress: [
      'Om du behöver innehåll i ett annat format, eller hittar ett problem, skriv till',
      '; du behöver inget konto. Med ett GitHub-konto kan du också föreslå en ändring eller skriva ett ärende i',
      '. Läs mer på sidan',
    ],
    /** Without a report address: around the link to the repository and the link to /om/. */
    utanAdress: [
      'Om du behöver innehåll i ett annat format, eller hittar ett problem, skriv ett ärende i',
      '(det kräver ett GitHub-konto). En adress utan konto är inte angiven för den här webbplatsen ännu. Läs mer på sidan',
    ],
  },
  brister: {
    rubrik: 'Rapportera brister',
    text: 'Vi strävar efter att åtgärda brister så snart vi får kännedom om dem. Beskriv problemet och vilken sida det gäller.',
  },
  tillsyn: {
    rubrik: 'Tillsyn',
    text: 'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
  },
  teknisk: {
    rubrik: 'Teknisk information om webbplatsens tillgänglighet',
    text: 'Webbplatsen är helt förenlig med WCAG 2.1 nivå AA, så långt de automatiska och manuella kontrollerna nedan visar.',
  },
  testat: {
    rubrik: 'Hur vi testat webbplatsen',
    text: 'Varje ändring testas automatiskt innan den publiceras: varje sida kontrolleras med axe-core (WCAG 2.1 A och AA) i Chromium och med W3C:s HTML-validerare (Nu HTML Checker). Testerna kontrollerar också tangentbordsnavigering, att sidorna fungerar utan JavaScript och i 320 pixlars bredd.',
  },
  /** Before the date the statement was last updated. */
  uppdaterad: 'Redogörelsen uppdaterades senast den',
} as const;

/** The editors' field reference (/om/redaktorer/); the tables come from the schemas. */
export const redaktorer = {
  /** Around the folder pattern of an entry (in <code>). */
  ingress: [
    'Varje post är en MDX-fil i',
    '. Fälten överst i filen (frontmatter) beskrivs här. Listan skapas automatiskt från webbplatsens scheman, så den stämmer alltid med vad bygget godtar.',
  ],
  /** Before the link to CONTRIBUTING.md. */
  bidra: 'Hur du lägger till och ändrar innehåll, steg för steg, står i',
  /** Around the command (in <code>). */
  kontroll: ['Kör', 'för att se alla fel på en gång.'],
  /** Name of the navigation to the collections' tables. */
  samlingar: 'Samlingar',
} as const;
