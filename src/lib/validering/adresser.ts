// Addresses an editor writes, in URL fields and in Markdown links: only web addresses (and, in
// links, mailto: and tel:), never javascript:, data:, vbscript: or any other scheme, whatever the
// letter case, whitespace or character references that try to hide it.

const ENTITETER: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', period: '.', lpar: '(', rpar: ')', amp: '&' };

/** The address as a browser reads it: character references decoded, whitespace and controls gone. */
export function normalisera(adress: string): string {
  let s = adress;
  for (let i = 0; i < 3; i++)
    s = s
      .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, n: string) => ENTITETER[n.toLowerCase()] ?? m);
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
}

/** The scheme ("javascript"), if the address has one. */
export const schema = (adress: string) => /^([a-z][a-z0-9+.-]*):/.exec(normalisera(adress))?.[1];

export interface Bedomning {
  allvar: 'fel' | 'varning';
  text: string;
}

/**
 * What is wrong with an address, if anything. `lank`: a Markdown link, where site paths ("/organ/x/"),
 * anchors, mailto: and tel: are fine too; otherwise a URL field, which needs a full web address.
 */
export function bedomAdress(adress: string, lank = false): Bedomning | undefined {
  const s = schema(adress);
  const visad = adress.trim();
  if (s && s !== 'http' && s !== 'https' && !(lank && (s === 'mailto' || s === 'tel')))
    return { allvar: 'fel', text: `adressen "${visad}" börjar med "${s}:", som inte är en webbadress och inte är tillåten i innehåll (den kan köra kod eller öppna något annat än en webbsida). Använd en adress som börjar med https://.` };
  if (!s && /^www\./i.test(normalisera(adress)))
    return { allvar: 'fel', text: `adressen "${visad}" saknar https:// i början. Skriv https://${visad}.` };
  if (!s && !lank) return { allvar: 'fel', text: `"${visad}" är ingen fullständig webbadress. Skriv hela adressen, med https:// i början.` };
  if (!s && lank && !/^[/#?]/.test(visad) && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(visad))
    return { allvar: 'fel', text: `adressen "${visad}" saknar https:// i början. Skriv https://${visad}.` };
  if (s === 'http') return { allvar: 'varning', text: `adressen "${visad}" börjar med http://, som inte är krypterad. Använd https:// om webbplatsen har det (nästan alla har).` };
  return undefined;
}
