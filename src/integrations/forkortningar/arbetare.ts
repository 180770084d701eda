// A child process of the after-build pass (pool.ts): gets lists of files with what the pass needs,
// answers each list with the repeated ids per file (in the list's order), and ends when the
// build lets go of it.
import { behandla, type Uppdrag } from './sida.ts';

process.on('message', ({ uppdrag, filer }: { uppdrag: Uppdrag; filer: string[] }) => {
  process.send!(filer.map((f) => behandla(f, uppdrag)));
});
