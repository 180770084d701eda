// Prints the closing line of the Playwright run: "N passed, N failed, N skipped"; scripts/test.ts
// (npm test) reads it and adds the unit tier for the final line CI counts.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class Summary implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const o = test.outcome();
    if (o === 'skipped') this.skipped++;
    else if (o === 'expected' || o === 'flaky') this.passed++;
    else this.failed++;
  }

  onEnd() {
    console.log(`${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}
