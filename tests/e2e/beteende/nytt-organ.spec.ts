// An editor adds a council the way CONTRIBUTING.md says (one new file in content/organ/) and it
// appears on its region's and healthcare region's pages, in the list of bodies, in the A–Ö list
// and in search, without any other file changed.
import { expect, test } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bygg, kopiera } from '../../lib/bygg.ts';
import { serva } from '../../lib/server.ts';

const NYTT = `---
namn: Cancerrådet i Två
typ: cancerrad
niva: region
region: tva
sammanfattning: Region Tvås cancerråd samordnar cancervården i regionen.
rapporterarTill: [rcc-alfa]
uppdrag:
  syfte: Samordna cancervården i Region Två.
  motesfrekvens: Fyra gånger per år.
kallor: [k1]
granskad: 2026-11-20
---

Rådet samordnar arbetet med cancervården i Region Två och rapporterar till RCC Alfa.
`;

test('a new council appears everywhere it belongs without any other file changed', async ({ page }) => {
  test.setTimeout(180_000);
  const b = kopiera('mini');
  try {
    writeFileSync(join(b.content, 'organ', 'cancerradet-tva.mdx'), NYTT);
    bygg(b);
    const html = (p: string) => readFileSync(join(b.dist, p, 'index.html'), 'utf8');
    const lank = 'href="/organ/cancerradet-tva/"';
    expect(html('organ/cancerradet-tva')).toContain('Fyra gånger per år.');
    expect(html('regioner/tva'), 'regionens sida').toContain(lank);
    expect(html('sjukvardsregioner/alfa'), 'sjukvårdsregionen Alfa').toContain(lank);
    expect(html('sjukvardsregioner/beta'), 'sjukvårdsregionen Beta (Två hör till båda)').toContain(lank);
    expect(html('organ/rcc-alfa'), 'organet det rapporterar till').toContain(lank);
    expect(html('organ'), 'listan över alla organ').toContain(lank);
    expect(html('sok'), 'A–Ö-listan').toContain(lank);

    const { url, server } = await serva(b.dist);
    try {
      await page.goto(`${url}/sok/?q=${encodeURIComponent('Cancerrådet i Två')}`);
      await expect(page.locator('#soktraffar > li h3 a').first()).toHaveAttribute('href', '/organ/cancerradet-tva/');
    } finally {
      server.close();
    }
  } finally {
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('a content mistake stops the build with the Swedish message and builds nothing', () => {
  test.setTimeout(120_000);
  const b = kopiera('mini');
  try {
    writeFileSync(join(b.content, 'organ', 'cancerradet-tva.mdx'), NYTT.replace('region: tva', 'region: tvaa'));
    let fel = '';
    try {
      bygg(b);
    } catch (e) {
      const x = e as { stdout?: string; stderr?: string };
      fel = `${x.stdout ?? ''}${x.stderr ?? ''}`;
    }
    expect(fel).toMatch(/cancerradet-tva\.mdx:\d+: fältet "region" har värdet "tvaa"/);
    expect(fel).toContain('Menade du: tva');
    expect(() => readFileSync(join(b.dist, 'index.html'))).toThrow();
  } finally {
    rmSync(b.dir, { recursive: true, force: true });
  }
});
