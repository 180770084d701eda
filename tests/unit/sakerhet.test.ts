// The shipped header files are generated from src/lib/sakerhet.ts and must not drift from it.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, HUVUDEN, cspMeta, headersFil, nginxConf } from '../../src/lib/sakerhet.ts';
import { ROOT } from '../lib/site';

test('public/_headers och deploy/nginx.conf är skapade från säkerhetsmodulen och har inte ändrats för hand', () => {
  expect(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'), 'kör npm run sakerhet').toBe(headersFil());
  expect(readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8'), 'kör npm run sakerhet').toBe(nginxConf());
  for (const [k, v] of Object.entries(HUVUDEN)) {
    expect(headersFil()).toContain(`  ${k}: ${v}\n`);
    expect(nginxConf()).toContain(`add_header ${k} "${v}" always;`);
  }
});

test('policyn tillåter inget inline och inget från andra webbplatser', () => {
  const alla = Object.values(CSP).flat();
  expect(alla).not.toContain("'unsafe-inline'");
  expect(alla).not.toContain("'unsafe-eval'");
  expect(alla.filter((v) => /^(https?:|\*|data:|blob:)/.test(v))).toEqual([]);
  expect(CSP['default-src']).toEqual(["'none'"]);
  expect(CSP['frame-ancestors']).toEqual(["'none'"]);
  expect(Object.keys(HUVUDEN)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']));
  expect(cspMeta()).not.toContain('frame-ancestors');
});
