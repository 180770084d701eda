// The test server serves its folder and nothing outside it, however the path is encoded.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serva } from '../lib/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'server-'));
const rot = join(dir, 'webbplats');
let url = '';
let stang = () => {};

/** A request with the path exactly as written: fetch() would resolve ".." before sending it. */
function hamta(vag: string, bas = url): Promise<{ status: number; text: string }> {
  const { port } = new URL(bas);
  return new Promise((ok, fel) => {
    const s = connect(Number(port), '127.0.0.1', () => s.write(`GET ${vag} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let svar = '';
    s.on('data', (d) => (svar += d));
    s.on('error', fel);
    s.on('end', () => ok({ status: Number(svar.split(' ')[1]), text: svar.slice(svar.indexOf('\r\n\r\n') + 4) }));
  });
}

before(async () => {
  mkdirSync(join(rot, 'organ', 'a b'), { recursive: true });
  writeFileSync(join(dir, 'hemlig.txt'), 'HEMLIGT');
  writeFileSync(join(rot, 'index.html'), 'startsidan');
  writeFileSync(join(rot, '404.html'), 'finns inte');
  writeFileSync(join(rot, 'organ', 'a b', 'index.html'), 'organsidan');
  const s = await serva(rot, { huvuden: { 'X-Test': 'ja' } });
  url = s.url;
  stang = () => s.server.close();
});
after(() => {
  stang();
  rmSync(dir, { recursive: true, force: true });
});

test('a folder is served as its index.html, with the given headers', async () => {
  assert.equal((await hamta('/')).status, 200);
  const svar = await hamta('/organ/a%20b/');
  assert.equal(svar.status, 200);
  assert.match(svar.text, /organsidan/);
});

for (const vag of ['/../hemlig.txt', '/..%2fhemlig.txt', '/%2e%2e/hemlig.txt', '/%2E%2E%2Fhemlig.txt', '/organ/%2e%2e%2f%2e%2e%2fhemlig.txt', '/organ/..%5c..%5chemlig.txt', '/%2fetc%2fpasswd', '/%00', '/%zz']) {
  test(`the path ${vag} is refused and reveals nothing outside the folder`, async () => {
    const svar = await hamta(vag);
    assert.equal(svar.status, 404);
    assert.doesNotMatch(svar.text, /HEMLIGT|root:/);
  });
}

test('below a base path only that path is served', async () => {
  const s = await serva(rot, { bas: '/cancerrad/' });
  try {
    assert.equal((await hamta('/cancerrad/', s.url)).status, 200);
    assert.equal((await hamta('/cancerrad/organ/a%20b/', s.url)).status, 200);
    assert.equal((await hamta('/', s.url)).status, 404);
    assert.equal((await hamta('/organ/a%20b/', s.url)).status, 404);
    assert.equal((await hamta('/cancerrad/..%2f..%2fhemlig.txt', s.url)).status, 404);
  } finally {
    s.server.close();
  }
});
