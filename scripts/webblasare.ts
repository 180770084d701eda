// Which Chromium the browser tests and `npm run skarmbild` use: CHROMIUM_PATH if set ("bundled" for Playwright's own),
// else Debian's headless shell (the same engine without the desktop browser around it, about a fifth
// faster per page in the crawl), else Debian's full chromium.
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const CHROMIUM = '/usr/bin/chromium';

export function chromiumVag(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(HEADLESS_SHELL) || !existsSync(CHROMIUM) ? HEADLESS_SHELL : CHROMIUM;
}
