// One fixture per mistake class in tests/fixtures/fel/<klass>/: its files under innehall/ are laid
// over a copy of the fixture corpus tests/fixtures/mini (a file `ta-bort` lists files to delete),
// and every problem the validation reports, as an editor sees it (file:line: message), is compared
// with the stored forvantat.txt. A badly worded message is a failing test.
// UPPDATERA=1 npm run test:unit writes the expected texts anew (read them before committing).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { iOrdning, radtext, validera } from '../../src/lib/validering/index.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');
const FEL = join(import.meta.dirname, '..', 'fixtures', 'fel');

/** A copy of the corpus with one fixture laid over it. */
export function korpusMed(klass: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fel-${klass}-`));
  const innehall = join(dir, 'content');
  cpSync(MINI, innehall, { recursive: true });
  const over = join(FEL, klass, 'innehall');
  if (existsSync(over)) cpSync(over, innehall, { recursive: true });
  const bort = join(FEL, klass, 'ta-bort');
  if (existsSync(bort)) for (const f of readFileSync(bort, 'utf8').split('\n').filter(Boolean)) rmSync(join(innehall, f));
  return dir;
}

for (const klass of readdirSync(FEL).sort()) {
  test(`mistake class "${klass}": file, line, field and advice as stored`, async () => {
    const dir = korpusMed(klass);
    try {
      const { problem } = await validera({ innehall: 'content', rot: dir });
      const rader = [...problem].sort(iOrdning).map((p) => `${p.allvar === 'varning' ? 'varning ' : ''}${radtext(p)}`);
      const fil = join(FEL, klass, 'forvantat.txt');
      const text = `${rader.join('\n')}\n`;
      if (process.env.UPPDATERA || !existsSync(fil)) writeFileSync(fil, text);
      assert.equal(text, readFileSync(fil, 'utf8'));
      assert.ok(problem.length > 0, 'the mistake is reported');
      for (const p of problem) {
        assert.ok(p.rad, `a line for: ${radtext(p)}`);
        assert.doesNotMatch(p.text, /\bat \w+ \(|node_modules|Error:|\b(the|is|not|expected|received|must|Unexpected|Could)\b/, 'Swedish only, no stack');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
