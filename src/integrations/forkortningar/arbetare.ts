// A child process of the after-build pass (pool.ts): marks the files it is given.
import { svara } from '../../lib/barnprocesser.ts';
import { behandla, type Uppdrag } from './sida.ts';

svara((u: Uppdrag, fil: string) => behandla(fil, u));
