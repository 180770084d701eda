// The after-build pass over many files, shared out over child processes (src/lib/barnprocesser.ts).
// FORKORTNINGAR_TRADAR=1 does the pass in the build's own process.
import { fordela } from '../../lib/barnprocesser.ts';
import { behandla, type Uppdrag } from './sida.ts';

/** The repeated ids of every file, in the order of `filer`. */
export function behandlaAlla(filer: string[], u: Uppdrag, processer = Number(process.env.FORKORTNINGAR_TRADAR) || undefined): Promise<string[][]> {
  return fordela(new URL('./arbetare.ts', import.meta.url), u, filer, (g: Uppdrag, f: string) => behandla(f, g), processer);
}
