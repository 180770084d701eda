// `npm run kontroll`: checks all content in a second, without a build, and prints every problem
// at once in Swedish: file (with line), field, value found and what is expected. A thin command
// over the validation layer (src/lib/validering/), which the build runs too. Under GitHub Actions
// each problem is also printed as an annotation on its line.
import { resolve } from 'node:path';
import type { Corpus } from '../src/lib/graph/index.ts';
import { LIX_GRANS } from '../src/lib/lix.ts';
import { annotering, felmeddelande, radtext, validera, varningstext, type Problem } from '../src/lib/validering/index.ts';

export { radtext };
export type { Problem };

const INNEHALL_STANDARD = resolve(process.env.CONTENT_DIR ?? 'content');

/** Errors and warnings apart, and the valid entries as a corpus for the graph. */
export async function kontrollera(innehall = INNEHALL_STANDARD): Promise<{ problem: Problem[]; antal: number; varningar: Problem[]; corpus: Corpus }> {
  const r = await validera({ innehall });
  return {
    problem: r.problem.filter((p) => p.allvar === 'fel'),
    varningar: r.problem.filter((p) => p.allvar === 'varning'),
    antal: r.antal,
    corpus: r.corpus as unknown as Corpus,
  };
}

if (import.meta.main) {
  const start = performance.now();
  const { problem, antal, varningar } = await kontrollera();
  const tid = Math.round(performance.now() - start);
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of [...problem, ...varningar]) console.log(annotering(p));
  if (varningar.length) console.warn(`${varningstext(varningar, LIX_GRANS)}\n`);
  if (problem.length) {
    console.error(felmeddelande(problem, antal, tid));
    process.exit(1);
  }
  console.log(`Innehållet är i ordning: ${antal} poster kontrollerade på ${tid} ms.`);
}
