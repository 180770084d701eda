// After the build, one pass over every built page: refuses repeated anchors, marks the first
// use of each abbreviation from the glossary, marks foreign terms with their language and adds
// search synonyms. The work is in src/integrations/forkortningar/; this file only wires it in.
// The pages are done in child processes, one per core (forkortningar/pool.ts).
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skapaUrls } from '../lib/urls/karna.ts';
import { sidslag } from '../samlingar.ts';
import { felForDubbla } from './forkortningar/dubbla-id.ts';
import { behandlaAlla } from './forkortningar/pool.ts';
import { lasTermer } from './forkortningar/termer.ts';
import { innehallsfel } from '../lib/validering/problem.ts';

export { markera } from './forkortningar/sida.ts';

function htmlFiler(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiler(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

export default function forkortningar(options: { innehall: string; bas: string; site: string }): AstroIntegration {
  return {
    name: 'forkortningar',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { url } = skapaUrls({ bas: options.bas, site: options.site, samlingar: sidslag() });
        const termer = lasTermer(options.innehall);
        const rot = fileURLToPath(dir);
        const filer = htmlFiler(rot);
        const hrefs = Object.fromEntries(termer.map((t) => [t.id, url.entry('ordlista', t.id)]));
        const dubbla = await behandlaAlla(filer, { termer, hrefs, ordlistan: join(rot, 'ordlista', 'index.html') });
        // The same message as when every page was read first: pages in order, each with its ids.
        const fel = felForDubbla(filer.map((f, i) => ({ namn: relative(rot, f), dubbla: dubbla[i]! })));
        if (fel) throw innehallsfel(fel);
        logger.info(`${termer.length} förkortningar markerade vid första användningen på ${filer.length} sidor`);
      },
    },
  };
}
