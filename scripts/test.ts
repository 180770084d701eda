// `npm test`: every step in order (type check, build, HTML validation, unit tier, browser tiers),
// each step's time, the total, and last the one line CI reads: "N passed, N failed", summed over
// the unit tier and Playwright. A step that is not a test runner (check, build, vnu) counts as one
// failed test if it fails. Exits non-zero on any failure; after a failed build nothing else runs.
import { spawn } from 'node:child_process';

interface Steg {
  namn: string;
  skript: string;
  /** Counts read from the step's output; undefined for steps that are not test runners. */
  rakna?: (ut: string) => { passed: number; failed: number } | undefined;
  /** Whether the steps after this one can run if it fails. */
  stoppar?: boolean;
}

const sista = (ut: string, re: RegExp) => [...ut.matchAll(re)].at(-1);

const STEG: Steg[] = [
  { namn: 'astro check', skript: 'check' },
  { namn: 'bygge', skript: 'build', stoppar: true },
  { namn: 'HTML-validering (vnu)', skript: 'validate:html' },
  { namn: 'arbetsflödena (actionlint)', skript: 'lint:workflows' },
  {
    namn: 'enhetstester',
    skript: 'test:unit',
    // node --test's spec reporter ends with "ℹ pass N" and "ℹ fail N" (the TAP one with "# pass N").
    rakna: (ut) => {
      const p = sista(ut, /^(?:ℹ|#) pass (\d+)$/gm);
      const f = sista(ut, /^(?:ℹ|#) fail (\d+)$/gm);
      return p && f ? { passed: Number(p[1]), failed: Number(f[1]) } : undefined;
    },
  },
  {
    namn: 'webbläsartester (beteende och innehåll)',
    skript: 'test:e2e',
    // tests/summary-reporter.ts ends Playwright's output with "N passed, N failed, N skipped".
    rakna: (ut) => {
      const m = sista(ut, /^(\d+) passed, (\d+) failed, \d+ skipped$/gm);
      return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
    },
  },
];

function kor(skript: string): Promise<{ kod: number; ut: string }> {
  return new Promise((ok) => {
    const barn = spawn('npm', ['run', '-s', skript], { stdio: ['ignore', 'pipe', 'pipe'] });
    let ut = '';
    barn.stdout.on('data', (d) => {
      ut += d;
      process.stdout.write(d);
    });
    barn.stderr.on('data', (d) => {
      ut += d;
      process.stderr.write(d);
    });
    barn.on('close', (kod) => ok({ kod: kod ?? 1, ut }));
  });
}

const sek = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const start = Date.now();
const rader: string[] = [];
let passed = 0;
let failed = 0;

for (const steg of STEG) {
  console.log(`\n▶ ${steg.namn} (npm run ${steg.skript})`);
  const t = Date.now();
  const { kod, ut } = await kor(steg.skript);
  const tid = Date.now() - t;
  const antal = steg.rakna?.(ut);
  if (antal) {
    passed += antal.passed;
    failed += antal.failed;
    // A runner that failed without counting a failure (it crashed, or ran nothing) still fails.
    if (kod !== 0 && antal.failed === 0) failed++;
  } else if (steg.rakna || kod !== 0) {
    // A runner whose counts cannot be read ran nothing that can be trusted; any other step that fails counts once.
    failed++;
  }
  const utfall = antal ? `${antal.passed} passed, ${antal.failed} failed` : steg.rakna ? `inga antal i utskriften (kod ${kod})` : kod === 0 ? 'ok' : `misslyckades (kod ${kod})`;
  rader.push(`${steg.namn.padEnd(42)} ${sek(tid).padStart(8)}  ${utfall}`);
  if (kod !== 0 && steg.stoppar) {
    rader.push(`(${steg.namn} misslyckades: stegen efter kördes inte)`);
    break;
  }
}

const summa = Date.now() - start;
console.log(`\n${rader.join('\n')}\n${'totalt'.padEnd(42)} ${sek(summa).padStart(8)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
