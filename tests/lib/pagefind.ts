// Pagefind's own order for a list of queries, in the browser, with the options the search page
// uses, before the page reorders anything (source records last, titles first).
import type { Page } from '@playwright/test';
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
