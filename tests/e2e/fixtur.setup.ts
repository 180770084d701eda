// Builds the fixture corpus once per run for the behaviour tier: at the root and below /cancerrad/,
// into the fixed folders that tests/servrar.ts serves (one after the other: tests/lib/bygg.ts lets
// one fixture build run at a time).
import { expect, test as setup } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTUR, byggSamtidigt, fastBygge } from '../lib/bygg.ts';

setup('the fixture corpus is built at the root and below /cancerrad/', async () => {
  const rot = fastBygge(FIXTUR.rot.dir, FIXTUR.content);
  const bas = fastBygge(FIXTUR.bas.dir, FIXTUR.content);
  await Promise.all([byggSamtidigt(rot), byggSamtidigt(bas, { BASE_PATH: FIXTUR.BAS, SITE_URL: FIXTUR.SITE })]);
  for (const b of [rot, bas]) {
    expect(existsSync(join(b.dist, 'index.html')), b.dist).toBe(true);
    expect(existsSync(join(b.dist, 'pagefind', 'pagefind.js')), b.dist).toBe(true);
  }
});
