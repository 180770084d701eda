// Started by Playwright's webServer: the real dist/ and the two fixture builds, each on its own
// port, all through the one static server (tests/lib/server.ts). The fixture folders are built
// later, by the behaviour tier's setup; the server reads files per request.
import { HUVUDEN, HUVUDEN_ADMIN } from '../src/lib/sakerhet.ts';
import { FIXTUR } from './lib/bygg.ts';
import { PORTAR } from './lib/portar.ts';
import { serva } from './lib/server.ts';
import { DIST } from './lib/site.ts';

// As public/_headers says: the editing form has its own policy, every other page the strict one.
await serva(DIST, { port: PORTAR.dist, huvuden: (vag) => (vag.startsWith('/admin/') ? HUVUDEN_ADMIN : HUVUDEN) });
await serva(FIXTUR.rot.dist, { port: PORTAR.fixtur, huvuden: HUVUDEN });
await serva(FIXTUR.bas.dist, { port: PORTAR.fixturBas, bas: FIXTUR.BAS, huvuden: HUVUDEN });
console.log(`testservrar: ${PORTAR.dist} (dist), ${PORTAR.fixtur} (fixtur), ${PORTAR.fixturBas} (fixtur under ${FIXTUR.BAS})`);
