// Searching in the browser for tests: as a reader does on /sok/, or Pagefind's own order for a list
// of queries, with the options the search page uses, before the page reorders anything (source
// records last, titles first).
import { expect, type Page } from '@playwright/test';
import { SOKALTERNATIV } from '../../src/scripts/sok-rangordning.ts';

/** For each query, the addresses of all its results in Pagefind's order. Call on /sok/. */
export async function pagefindsOrdning(page: Page, fragor: string[]): Promise<Record<string, string[]>> {
  return page.evaluate(
    async ({ fragor, alternativ }) => {
      const pf = await import(document.querySelector<HTMLElement>('#sokresultat')!.dataset.pagefind!);
      await pf.options(alternativ);
      await pf.init();
      const ut: Record<string, string[]> = {};
      for (const q of fragor)
        ut[q] = await Promise.all((await pf.search(q)).results.map(async (r: { data: () => Promise<{ url: string }> }) => new URL((await r.data()).url, location.href).pathname));
      return ut;
    },
    { fragor, alternativ: SOKALTERNATIV },
  );
}

/**
 * The text Pagefind holds for pages, found by searching for each page's title: `undefined` where
 * the title does not find the page. Call on /sok/.
 */
export async function indexeradText(page: Page, sidor: { titel: string; url: string }[]): Promise<(string | undefined)[]> {
  return page.evaluate(
    async ({ sidor, alternativ }) => {
      const pf = await import(document.querySelector<HTMLElement>('#sokresultat')!.dataset.pagefind!);
      await pf.options(alternativ);
      await pf.init();
      return Promise.all(sidor.map(async ({ titel, url }) => {
        for (const r of (await pf.search(titel)).results) {
          const d: { url: string; content: string } = await r.data();
          if (new URL(d.url, location.href).pathname === url) return d.content;
        }
        return undefined;
      }));
    },
    { sidor, alternativ: SOKALTERNATIV },
  );
}

/**
 * Searches on /sok/ as a reader does and returns the results' addresses in the page's order. The
 * first query opens /sok/?q=…; while the page stays on /sok/, later ones are typed into its field
 * and sent with Enter, so that Pagefind loads once instead of once per query. Done when the status
 * line names the query (it does for hits and for no hits).
 */
export async function sok(page: Page, q: string): Promise<string[]> {
  const status = page.locator('#sokstatus');
  const namnger = `för "${q}"`;
  const paSok = page.url().startsWith('http') && new URL(page.url()).pathname === '/sok/' && !(await status.textContent())?.includes(namnger);
  if (paSok) {
    await page.locator('#sok-q').fill(q);
    await page.locator('#sok-q').press('Enter');
  } else {
    await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  }
  // Generous: on a loaded CI machine Pagefind's first load can take a while.
  await expect(status).toContainText(namnger, { timeout: 20_000 });
  return page.locator('#soktraffar > li > h3 > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
