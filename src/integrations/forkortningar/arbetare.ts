// A worker thread of the after-build pass: gets the glossary once, then lists of files; answers
// each list with the repeated ids per file (in the list's order).
import { parentPort, workerData } from 'node:worker_threads';
import { behandla, type Uppdrag } from './sida.ts';

const uppdrag = workerData as Uppdrag;
parentPort!.on('message', (filer: string[]) => {
  parentPort!.postMessage(filer.map((f) => behandla(f, uppdrag)));
});
