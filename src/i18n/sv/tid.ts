// Notes about time and age: review dates, old sources, ended periods.

export const tid = {
  granskad: 'Senast granskad',
  mellan: 'mellan',
  seVarjeSida: 'se varje sida',
  andrad: 'Senast ändrad',
  avslutad: (till: string) => `Perioden tog slut ${till}. Planen gäller inte längre, men visas för att den har styrt arbetet.`,
  avslutadTagg: 'Avslutad',
  ochFramat: 'och framåt',
  gammalKalla: (ar: string) => `Uppgifterna kommer från en källa från ${ar}. De kan ha ändrats sedan dess.`,
  fornamn: (gammalt: string, nytt: string, till: string) =>
    `Källan är från tiden innan ${gammalt} blev ${nytt} (${till}). Där källan säger ${gammalt} gäller det i dag ${nytt}.`,
  odaterad: 'odaterad',
  kanVaraInaktuell: (d: string) => `Uppgifterna granskades senast ${d} och kan vara inaktuella.`,
  enligtKallan: (ar: string) => `enligt källan, ${ar}`,
  upphort: (d: string) => `Organet upphörde ${d}.`,
  senast: (ar: number) => `senast ${ar}`,
} as const;
