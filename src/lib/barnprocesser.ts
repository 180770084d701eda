// Work shared out over child processes, one per available core, in small batches so that every
// core stays busy to the end: the content check's text rules (src/lib/validering/) and the
// after-build pass over the pages (src/integrations/forkortningar/). Processes, not worker
// threads: a thread's heap counts in the build's own process, which at 5,000 bodies already holds
// most of its peak (issue 17: under 2 GiB per process); a child has its heap to itself and gives
// it back when it ends.
//
// A child module calls `svara(gor)`; the parent calls `fordela(modul, gemensamt, uppgifter)`.
// `gemensamt` (plain data) reaches each child once, with its first batch.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const PARTI = 16;

interface Parti {
  gemensamt?: unknown;
  uppgifter: unknown[];
}

/**
 * `gor(gemensamt, uppgift)` for every task, in `processer` children (at least two, and only when
 * there are enough tasks for both; otherwise `lokalt` does them here). Results in task order.
 */
export async function fordela<G, U, S>(modul: URL, gemensamt: G, uppgifter: U[], lokalt: (g: G, u: U) => S | Promise<S>, processer = availableParallelism()): Promise<S[]> {
  if (processer < 2 || uppgifter.length < 2 * PARTI) {
    const ut: S[] = [];
    for (const u of uppgifter) ut.push(await lokalt(gemensamt, u));
    return ut;
  }
  const ut: S[] = new Array(uppgifter.length);
  let nasta = 0;
  const arbeta = () =>
    new Promise<void>((klar, fel) => {
      const barn = fork(fileURLToPath(modul), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let borjan = 0;
      let forsta = true;
      let slut = false;
      const skicka = () => {
        if (nasta >= uppgifter.length) {
          slut = true;
          return void barn.disconnect();
        }
        borjan = nasta;
        nasta = Math.min(uppgifter.length, nasta + PARTI);
        const parti: Parti = { uppgifter: uppgifter.slice(borjan, nasta), ...(forsta ? { gemensamt } : {}) };
        forsta = false;
        barn.send(parti);
      };
      barn.on('message', (svar: S[]) => {
        svar.forEach((s, i) => (ut[borjan + i] = s));
        skicka();
      });
      barn.on('error', fel);
      barn.on('exit', (kod) => (slut && kod === 0 ? klar() : fel(new Error(`En barnprocess (${fileURLToPath(modul)}) avbröts med kod ${kod}.`))));
      skicka();
    });
  await Promise.all(Array.from({ length: Math.min(processer, Math.ceil(uppgifter.length / PARTI)) }, arbeta));
  return ut;
}

/** In a child module: answers each batch with `gor` for each of its tasks, in order. */
export function svara<G, U, S>(gor: (g: G, u: U) => S | Promise<S>): void {
  let gemensamt: G;
  process.on('message', async (p: Parti) => {
    if ('gemensamt' in p) gemensamt = p.gemensamt as G;
    const ut: S[] = [];
    for (const u of p.uppgifter) ut.push(await gor(gemensamt, u as U));
    process.send!(ut);
  });
}
