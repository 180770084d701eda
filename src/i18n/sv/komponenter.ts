// The component gallery (/om/komponenter/).

export const komponenter = {
  titel: 'Webbplatsens komponenter',
  ingress:
    'Sidorna byggs av ett litet antal komponenter. Här visas var och en med ett exempel ur det riktiga innehållet, så att nästa ändring kan använda dem i stället för att bygga nya. Koden finns i src/components/.',
  innehall: 'Komponenterna',
  exempelFran: 'Exemplet är hämtat från',
  nyckeltalRubrik: 'Exempel på nyckeltal',
  kallorRubrik: 'Exempel på källförteckning',
  /** The gallery's sections by anchor, in the page's order. */
  avsnitt: {
    sidhuvud: {
      namn: 'Sidhuvud och sökfält',
      text: 'Överst på varje sida: webbplatsens namn, ett sökfält och huvudmenyn. Sökfältet är ett vanligt formulär till söksidan och fungerar utan JavaScript. Det syns längst upp på den här sidan.',
    },
    brodsmulor: {
      namn: 'Brödsmulor',
      text: 'Var sidan ligger, nivå för nivå: nationellt, sjukvårdsregion, region.',
    },
    'uppdrag-fakta': {
      namn: 'Uppdrag som fakta',
      text: 'Ett organs uppdrag fält för fält. Uppgifter som källorna inte ger visas inte.',
    },
    personer: {
      namn: 'Personer',
      text: 'Personer som källorna nämner i en offentlig roll, med roll, datum och källa.',
    },
    lanklista: {
      namn: 'Länklista',
      text: 'En rubrik och länkar till andra poster, t.ex. nivåerna ovanför och under. Visas inte när listan är tom.',
    },
    kort: {
      namn: 'Kort',
      text: 'Ett rutnät av poster med namn, en rad metadata och en kort text, för list- och startsidor.',
    },
    malkedja: {
      namn: 'Målkedja',
      text: 'Ett mål och målen ovanför det som en nästlad lista: den läses som ett träd och som en lista.',
    },
    nyckeltal: {
      namn: 'Nyckeltal',
      text: 'Siffror med värde, enhet, år och källa, som tabell.',
    },
    namnhistorik: {
      namn: 'Namnhistorik',
      text: 'Tidigare namn, till exempel landsting som blivit regioner, med när namnet slutade gälla.',
    },
    notering: {
      namn: 'Notering',
      text: 'En markerad upplysning, t.ex. att en plans period har löpt ut eller att en källa använder ett äldre namn.',
    },
    kallor: {
      namn: 'Källförteckning',
      text: 'Källorna som sidans uppgifter bygger på, med utgivare, datum och länk.',
    },
    granskning: {
      namn: 'Granskning och ändringsförslag',
      text: 'När sidan granskades, när filen senast ändrades, en varning om granskningen är gammal och länken Föreslå ändring.',
    },
  },
} as const;
