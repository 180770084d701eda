// A page must not define the same anchor twice (a body heading named like a part of the page).

/** Ids that occur more than once in one HTML document. */
export function dubblaId(html: string): string[] {
  const sedda = new Set<string>();
  const dubbla = new Set<string>();
  for (const [, id = ''] of html.matchAll(/\sid="([^"]+)"/g)) (sedda.has(id) ? dubbla : sedda).add(id);
  return [...dubbla];
}

/** The Swedish error for the pages (path → html) that repeat an id, or undefined. */
export function dubblaIdFel(sidor: { namn: string; html: string }[]): string | undefined {
  return felForDubbla(sidor.map((s) => ({ namn: s.namn, dubbla: dubblaId(s.html) })));
}

/** The same error from the repeated ids already found per page (path → ids). */
export function felForDubbla(sidor: { namn: string; dubbla: string[] }[]): string | undefined {
  const rader = sidor.flatMap((s) => s.dubbla.map((id) => `  ${s.namn}: id="${id}" finns flera gånger`));
  if (!rader.length) return undefined;
  return `Samma ankare (id) förekommer två gånger på en sida. Oftast har en rubrik i texten samma namn som en del av sidan; byt rubrikens ordalydelse.\n${rader.join('\n')}`;
}
