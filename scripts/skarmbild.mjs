// Screenshots of built pages at phone and desktop width, for looking at what users get.
// Usage: npm run skarmbild -- /organ/x/ /regioner/y/   (preview server on :4321, or on $PORT)
import { chromium } from '@playwright/test';
import { chromiumVag } from './webblasare.ts';

const sidor = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumVag() === 'bundled' ? undefined : chromiumVag(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [namn, bredd] of [['mobil', 375], ['dator', 1280]]) {
  for (const dark of [false, true]) {
    if (dark && namn === 'mobil') continue;
    const page = await browser.newPage({ viewport: { width: bredd, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    for (const s of sidor) {
      await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4321}${s}`);
      const fil = `/tmp/skarm-${namn}${dark ? '-mork' : ''}-${s.replace(/\W+/g, '_')}.png`;
      await page.screenshot({ path: fil, fullPage: true });
      console.log(fil);
    }
    await page.close();
  }
}
await browser.close();
