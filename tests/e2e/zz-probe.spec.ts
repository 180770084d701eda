import { test } from '@playwright/test';
const F: [string, string][] = [
  ['Cancerrådet i Sörmland', '/organ/cancerradet-sormland/'], ['cancerråd sörmland', '/organ/cancerradet-sormland/'], ['cancerrådet i värmland', '/organ/cancerradet-varmland/'],
  ['strategiskt cancerråd', '/organ/strategiskt-cancerrad-skane/'], ['LPO cancersjukdomar', '/organ/strategiskt-cancerrad-skane/'], ['RPO cancer', '/organ/rpo-cancer-stockholm-gotland/'],
  ['regionalt programområde cancer', '/organ/rpo-cancer-stockholm-gotland/'], ['RAG onkologi', '/organ/rag-onkologi-sydostra/'], ['arbetsgrupp onkologi', '/organ/rag-onkologi-sydostra/'],
  ['SVF', '/vardprogram/standardiserade-vardforlopp/'], ['standardiserat vårdförlopp', '/vardprogram/standardiserade-vardforlopp/'], ['vårdprogrammen', '/vardprogram/nationella-vardprogram/'],
  ['MPN', '/vardprogram/svf-mpn/'], ['regionalt cancercentrum norr', '/organ/rcc-norr/'], ['RCC Syd', '/organ/rcc-syd/'], ['kunskapsstyrningsrådet', '/organ/kunskapsstyrningsradet-skane/'],
  ['samverkansnämnden sydöstra', '/organ/samverkansnamnden-sydostra/'], ['Vägen framåt', '/planer/vagen-framat-2020-2022/'], ['cancerplan 2024', '/planer/cancerplan-stockholm-gotland-2024-2027/'],
  ['Malmö', '/organ/strategiskt-cancerrad-skane/'], ['77', '/organ/rpo-cancer-stockholm-gotland/'], ['77 procent', '/organ/rpo-cancer-stockholm-gotland/'], ['Landstinget Sörmland', '/regioner/sormland/'], ['Värmland', '/regioner/varmland/'],
  ['uppsala örebro', '/sjukvardsregioner/mellansverige/'], ['levnadsvanor', '/organ/rpo-levnadsvanor-stockholm-gotland/'],
];
const R = [
  {},
  { termSimilarity: 3 },
  { pageLength: 0.3 },
  { termSimilarity: 3, pageLength: 0.3 },
  { termSimilarity: 5, pageLength: 0.1 , termFrequency: 0.5},
];
test('probe', async ({ page }) => {
  test.setTimeout(300000);
  await page.goto('/sok/');
  const res = await page.evaluate(async ({ F, R }) => {
    const pf: any = await import('/pagefind/pagefind.js');
    const out: string[] = [];
    for (const r of R) {
      await pf.options({ ranking: r });
      const rows: string[] = [];
      let sum = 0;
      for (const [q, u] of F) {
        const s = await pf.search(q);
        const urls = await Promise.all(s.results.slice(0, 15).map(async (x: any) => (await x.data()).url));
        const i = urls.indexOf(u);
        rows.push(`${q}=${i < 0 ? 'X' : i + 1}`);
        if (i >= 0 && i < 5) sum++;
      }
      out.push(`${JSON.stringify(r)} top5=${sum}/${F.length}: ${rows.join(', ')}`);
    }
    return out;
  }, { F, R });
  console.log(res.join('\n'));
});
