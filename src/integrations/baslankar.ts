// Editors write links in content from the site root ("/organ/x/"), as they see the site. When the
// site is served below a base path ("/cancerrad/"), this rehype plugin puts the base in front, so
// that content never needs to know where the site is deployed.
import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

export default function baslankar(options: { bas: string }) {
  const bas = options.bas.replace(/\/?$/, '/');
  return (tree: Root) => {
    if (bas === '/') return;
    visitParents(tree, 'element', (e: Element) => {
      for (const attr of ['href', 'src']) {
        const v = e.properties?.[attr];
        if (typeof v === 'string' && v.startsWith('/') && !v.startsWith('//')) e.properties[attr] = bas + v.slice(1);
      }
    });
  };
}

/**
 * The same rewriting as a hast plugin for Sätteri, Astro's default Markdown processor (issue 17):
 * `satteri({ hastPlugins: [baslankarSatteri({ bas })] })`. Like the rehype plugin it touches
 * Markdown's own elements only (not MDX's JSX elements). Nothing to do at the root: no plugin.
 */
export function baslankarSatteri(options: { bas: string }) {
  const bas = options.bas.replace(/\/?$/, '/');
  if (bas === '/') return false as const;
  return {
    name: 'baslankar',
    element: {
      filter: [], // every element, as the rehype plugin
      visit(e: { properties?: Record<string, unknown> }, ctx: { setProperty(node: never, key: string, value: unknown): void }) {
        for (const attr of ['href', 'src']) {
          const v = e.properties?.[attr];
          if (typeof v === 'string' && v.startsWith('/') && !v.startsWith('//')) ctx.setProperty(e as never, attr, bas + v.slice(1));
        }
      },
    },
  };
}
