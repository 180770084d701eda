// Writes public/_headers and deploy/nginx.conf from src/lib/sakerhet.ts, the one source of truth.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFil, nginxConf } from '../src/lib/sakerhet.ts';

const rot = join(import.meta.dirname, '..');
writeFileSync(join(rot, 'public', '_headers'), headersFil());
writeFileSync(join(rot, 'deploy', 'nginx.conf'), nginxConf());
console.log('public/_headers och deploy/nginx.conf skrivna från src/lib/sakerhet.ts');
