// The shipped header files are generated from src/lib/sakerhet.ts and must not drift from it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, HUVUDEN, cspMeta, headersFil, nginxConf } from '../../src/lib/sakerhet.ts';
import { ROOT } from '../lib/site.ts';

test('public/_headers och deploy/nginx.conf är skapade från säkerhetsmodulen och har inte ändrats för hand', () => {
  assert.equal(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'), headersFil(), 'kör npm run sakerhet');
  assert.equal(readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8'), nginxConf(), 'kör npm run sakerhet');
  for (const [k, v] of Object.entries(HUVUDEN)) {
    assert.ok(headersFil().includes(`  ${k}: ${v}\n`));
    assert.ok(nginxConf().includes(`add_header ${k} "${v}" always;`));
  }
});

test('policyn tillåter inget inline och inget från andra webbplatser', () => {
  const alla = Object.values(CSP).flat();
  assert.ok(!alla.includes("'unsafe-inline'"));
  assert.ok(!alla.includes("'unsafe-eval'"));
  assert.deepEqual(alla.filter((v) => /^(https?:|\*|data:|blob:)/.test(v)), []);
  assert.deepEqual(CSP['default-src'], ["'none'"]);
  assert.deepEqual(CSP['frame-ancestors'], ["'none'"]);
  for (const x of ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']) assert.ok(Object.keys(HUVUDEN).includes(x), x);
  assert.ok(!cspMeta().includes('frame-ancestors'));
});
