// Runs the after-build pass over many files in child processes, one per available core, in small
// batches so that both cores stay busy to the end. Few pages are done in this process.
// Processes, not worker threads: a thread's heap counts in the build's own process, which after
// rendering 5,000 bodies already holds most of its peak (issue 17: under 2 GiB per process); a
// child has its heap to itself and gives it back when it ends. FORKORTNINGAR_TRADAR=1 does the
// pass in the build's own process.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { behandla, type Uppdrag } from './sida.ts';

const PARTI = 16;

/** The repeated ids of every file, in the order of `filer`. */
export async function behandlaAlla(filer: string[], u: Uppdrag, tradar = Number(process.env.FORKORTNINGAR_TRADAR) || availableParallelism()): Promise<string[][]> {
  if (tradar < 2 || filer.length < 2 * PARTI) return filer.map((f) => behandla(f, u));
  const ut: string[][] = new Array(filer.length);
  let nasta = 0;
  const arbeta = () =>
    new Promise<void>((klar, fel) => {
      const barn = fork(fileURLToPath(new URL('./arbetare.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let borjan = 0;
      let slut = false;
      const skicka = () => {
        if (nasta >= filer.length) {
          slut = true;
          return void barn.disconnect();
        }
        borjan = nasta;
        nasta = Math.min(filer.length, nasta + PARTI);
        barn.send({ uppdrag: u, filer: filer.slice(borjan, nasta) });
      };
      barn.on('message', (svar: string[][]) => {
        svar.forEach((d, i) => (ut[borjan + i] = d));
        skicka();
      });
      barn.on('error', fel);
      barn.on('exit', (kod) => (slut && kod === 0 ? klar() : fel(new Error(`Efterbearbetningen av sidorna avbröts (kod ${kod}).`))));
      skicka();
    });
  await Promise.all(Array.from({ length: Math.min(tradar, Math.ceil(filer.length / PARTI)) }, arbeta));
  return ut;
}
