// Clean search excerpts. Pagefind joins the text of adjacent elements it does not treat as blocks
// ("UtgivareRegion Skåne", "Region sedan1 januari 1999"): a space between the terms and
// descriptions of a definition list, and between the caption, rows and cells of a table, keeps
// words apart in the index and in excerpts; browsers do not render it there (lists and inline
// groups are left alone, where a space would show). The kicker above an entry's title ("Cancerråd
// · Region · Region Skåne") repeats what the result's label already says: it is not indexed.
import type { Element, ElementContent, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

export const BEHALLARE = new Set(['dl', 'table', 'thead', 'tbody', 'tfoot', 'tr']);
export const BLOCK = new Set(['dt', 'dd', 'div', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
export const UTANFOR_INDEX = 'kicker';

const arBlock = (n: ElementContent | undefined) => n?.type === 'element' && BLOCK.has(n.tagName);
const klasser = (n: Element) => {
  const c = n.properties?.className;
  return Array.isArray(c) ? c.map(String) : [];
};

export function sokutdrag(inom: Root | Element): void {
  visitParents(inom, 'element', (n: Element) => {
    if (klasser(n).includes(UTANFOR_INDEX)) n.properties = { ...n.properties, dataPagefindIgnore: '' };
    if (!BEHALLARE.has(n.tagName) || n.children.length < 2) return;
    const ut: ElementContent[] = [];
    n.children.forEach((c, i) => {
      if (i > 0 && arBlock(n.children[i - 1]) && arBlock(c)) ut.push({ type: 'text', value: ' ' });
      ut.push(c);
    });
    n.children = ut;
  });
}
