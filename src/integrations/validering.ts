// Runs the content validation (src/lib/validering/) inside Astro: `astro build` stops with the
// Swedish message before anything is rendered; `astro dev` logs the problems (and shows them in
// the browser overlay) and checks again whenever a content file changes.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIX_GRANS } from '../lib/lix.ts';
import { felmeddelande, innehallsfel, validera, varningstext, type Resultat } from '../lib/validering/index.ts';

function rapportera(r: Resultat, logger: AstroIntegrationLogger): string | undefined {
  const fel = r.problem.filter((p) => p.allvar === 'fel');
  if (r.problem.length > fel.length) logger.warn(varningstext(r.problem, LIX_GRANS));
  return fel.length ? felmeddelande(fel, r.antal) : undefined;
}

export default function validering(options: { innehall: string }): AstroIntegration {
  let rot = process.cwd();
  let innehall = resolve(options.innehall);
  const kor = () => validera({ innehall, rot });
  return {
    name: 'validering',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        rot = fileURLToPath(config.root);
        innehall = resolve(rot, options.innehall);
        if (command !== 'build') return;
        const r = await kor();
        const fel = rapportera(r, logger);
        if (fel) throw innehallsfel(fel);
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
