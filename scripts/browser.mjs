// Makes sure the tests have a Chromium (scripts/webblasare.ts says which). Installs Debian's headless
// shell with apt-get when run as root; otherwise stops with one line saying how to install it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumVag } from './webblasare.ts';

const vag = chromiumVag();
if (vag !== 'bundled' && !existsSync(vag)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (root && apt && !process.env.CHROMIUM_PATH) {
    console.log('Chromium saknas: installerar Debians chromium-headless-shell med apt-get …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell', { stdio: 'inherit' });
  } else {
    console.error(`Chromium saknas (${vag}). Installera den med "sudo apt-get install chromium-headless-shell" eller ange sökvägen i CHROMIUM_PATH.`);
    process.exit(1);
  }
}
