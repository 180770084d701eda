// Runs the content validation (src/lib/validering/) inside Astro: `astro build` stops with the
// Swedish message before anything is rendered; `astro dev` logs the problems (and shows them in
// the browser overlay) and checks again whenever a content file changes.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIX_GRANS } from '../lib/lix.ts';
import { felmeddelande, innehallsfel, validera, varningstext, type Resultat } from '../lib/validering/index.ts';

function rapportera(r: Resultat, logger: AstroIntegrationLogger): string | undefined {
  const fel = r.problem.filter((p) => p.allvar === 'fel');
  if (r.problem.length > fel.length) logger.warn(varningstext(r.problem, LIX_GRANS));
  return fel.length ? felmeddelande(fel, r.antal) : undefined;
}

/**
 * Astro clears its data store when src/content.config.ts changes, but not when a module it imports
 * does: after a change to a schema in src/schemas/ (a new field with a default, say), entries that
 * did not change keep the data the old schema gave them. So the schemas' own text is stamped in
 * the cache folder; when it differs, the store is cleared and Astro reads every entry anew.
 */
function schemanOforandrade(rot: string, cacheDir: string): boolean {
  const mapp = join(rot, 'src', 'schemas');
  const filer = [join(rot, 'src', 'samlingar.ts'), ...(existsSync(mapp) ? readdirSync(mapp).sort().map((f) => join(mapp, f)) : [])].filter((f) => existsSync(f));
  const hash = createHash('sha256');
  for (const f of filer) hash.update(f).update(readFileSync(f));
  const stampel = join(cacheDir, 'scheman.sha256');
  const nu = hash.digest('hex');
  const forut = existsSync(stampel) ? readFileSync(stampel, 'utf8') : undefined;
  if (forut === nu) return true;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampel, nu);
  return false;
}

/**
 * Astro's content cache (the data store in the cache folder and the module list in .astro/) names
 * the entry files it has seen. After an entry file is renamed or moved, a stale cache breaks the
 * next local build with "astro:content-layer-deferred-module". If it names a file that no longer
 * exists, both are removed (Astro builds them anew) and the editor is told so, in Swedish.
 * Only files in this build's content folder count: .astro/ lies in the project and is shared by
 * builds of other content folders (the tests' fixture builds, side by side), whose temporary files
 * are gone once they end; removing the module list then would break a build still reading it.
 */
export function rensaInaktuellCache(rot: string, cacheDir: string, innehall: string): string[] {
  const filer = [join(cacheDir, 'data-store.json'), join(rot, '.astro', 'data-store.json'), join(rot, '.astro', 'content-modules.mjs')].filter((f) => existsSync(f));
  const saknas = new Set<string>();
  for (const f of filer)
    for (const [, namn = ''] of readFileSync(f, 'utf8').matchAll(/"((?:\.{1,2}\/|\/)?[^"\n]*?\.mdx?)"/g))
      if (!/^[a-z]+:/.test(namn) && resolve(rot, namn).startsWith(innehall + sep) && !existsSync(resolve(rot, namn))) saknas.add(namn);
  if (!schemanOforandrade(rot, cacheDir) || saknas.size) for (const f of filer) rmSync(f, { force: true });
  return [...saknas].sort();
}

/**
 * `kasta`: throw the message instead (tests that call the hook). Otherwise the build logs the
 * message and ends with exit code 1 itself, so that the editor reads only the Swedish message,
 * not Astro's English line about an unhandled error in a hook and an empty stack trace.
 */
export default function validering(options: { innehall: string; kasta?: boolean }): AstroIntegration {
  let rot = process.cwd();
  let innehall = resolve(options.innehall);
  const kor = () => validera({ innehall, rot });
  return {
    name: 'validering',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        rot = fileURLToPath(config.root);
        innehall = resolve(rot, options.innehall);
        try {
          const borta = rensaInaktuellCache(rot, config.cacheDir ? fileURLToPath(config.cacheDir) : join(rot, 'node_modules', '.astro'), innehall);
          if (borta.length)
            logger.warn(`Innehållets cache nämnde ${borta.length === 1 ? 'en fil' : `${borta.length} filer`} som inte finns längre (${borta.slice(0, 3).join(', ')}${borta.length > 3 ? ' …' : ''}), t.ex. efter att en post bytt namn eller flyttats. Cachen är rensad och byggs om.`);
        } catch {
          logger.warn('Innehållets cache gick inte att kontrollera. Får bygget ett fel som nämner "content-layer-deferred-module", ta bort mappen node_modules/.astro och mappen .astro och bygg igen.');
        }
        if (command !== 'build') return;
        const r = await kor();
        const fel = rapportera(r, logger);
        if (fel && options.kasta) throw innehallsfel(fel);
        if (fel) {
          logger.error(fel);
          process.exit(1);
        }
        logger.info(`Innehållet är i ordning: ${r.antal} poster kontrollerade.`);
      },
      'astro:server:setup': async ({ server, logger }) => {
        let senaste: string | undefined;
        const kontrollera = async () => {
          senaste = rapportera(await kor(), logger);
          if (senaste) {
            logger.error(senaste);
            server.hot.send({ type: 'error', err: { message: senaste, stack: '' } });
          } else logger.info('Innehållet är i ordning.');
        };
        await kontrollera();
        server.hot.on('vite:client:connect', () => senaste && server.hot.send({ type: 'error', err: { message: senaste, stack: '' } }));
        let vantar: ReturnType<typeof setTimeout> | undefined;
        const andrad = (fil: string) => {
          if (!fil.startsWith(innehall + sep)) return;
          clearTimeout(vantar);
          vantar = setTimeout(kontrollera, 200);
        };
        server.watcher.add(innehall);
        for (const h of ['add', 'change', 'unlink'] as const) server.watcher.on(h, andrad);
      },
    },
  };
}
