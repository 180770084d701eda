// The editing form (/admin/) end to end, in local-folder mode: a copy of content/ in the browser's
// origin-private file system stands in for the folder an editor picks, the form writes to it, and
// what it wrote must pass `npm run kontroll` and change only what the editor changed.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../lib/site.ts';
import { innehallsfiler } from '../../../src/lib/innehall/lasare.ts';

const INNEHALL = join(ROOT, 'content');

/** Opens the form with a copy of content/ as the picked folder, signed in to local-folder mode. */
async function oppnaLokalt(page: Page) {
  const kopia = innehallsfiler(INNEHALL).map((f) => [`content/${f.delar.join('/')}`, readFileSync(f.fil, 'utf8')] as const);
  await page.addInitScript(() => {
    // The folder picker hands over the repository copy in the origin-private file system.
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
  });
  await page.goto('/admin/');
  await page.evaluate(async (kopia) => {
    const opfs = await navigator.storage.getDirectory();
    await opfs.removeEntry('repo', { recursive: true }).catch(() => {});
    const rot = await opfs.getDirectoryHandle('repo', { create: true });
    await rot.getDirectoryHandle('.git', { create: true }); // the form checks that it is a repository's root
    for (const [sokvag, text] of kopia as [string, string][]) {
      const delar = sokvag.split('/');
      let mapp = rot;
      for (const del of delar.slice(0, -1)) mapp = await mapp.getDirectoryHandle(del, { create: true });
      const w = await (await mapp.getFileHandle(delar.at(-1)!, { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
  }, kopia);
  await page.getByRole('button', { name: 'Arbeta med lokalt repository' }).click();
  await expect(page.getByRole('treeitem', { name: /Råd och grupper/ })).toBeVisible({ timeout: 30_000 });
  // The note on what the page is for gives way to the form.
  await expect(page.getByRole('heading', { name: 'Redigera innehållet' })).toBeHidden();
}

/**
 * A file as the form left it in the copy. While the form is writing the file, the browser
 * refuses to read it (NotReadableError); then it is read again, for at most ten seconds.
 */
const lasFil = (page: Page, sokvag: string) =>
  page.evaluate(async (sokvag) => {
    let mapp = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const delar = sokvag.split('/');
    for (const del of delar.slice(0, -1)) mapp = await mapp.getDirectoryHandle(del);
    for (let forsok = 0; ; forsok++) {
      try {
        return await (await (await mapp.getFileHandle(delar.at(-1)!)).getFile()).text();
      } catch (e) {
        if ((e as Error).name !== 'NotReadableError' || forsok >= 100) throw e;
        await new Promise((klar) => setTimeout(klar, 100));
      }
    }
  }, sokvag);

/** Runs the content check on content/ with one file put in (or replaced); returns its output. */
function kontrolleraMed(sokvag: string, text: string): string {
  const tmp = mkdtempSync(join(tmpdir(), 'admin-'));
  try {
    cpSync(INNEHALL, join(tmp, 'content'), { recursive: true });
    writeFileSync(join(tmp, sokvag), text);
    return execFileSync('npm', ['run', '--silent', 'kontroll'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(tmp, 'content') }, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const fel = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run kontroll underkände filen från formuläret:\n${fel.stdout ?? ''}${fel.stderr ?? ''}\n--- ${sokvag} ---\n${text}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Lines that differ between two texts, as "-old" and "+new". */
function skillnad(fore: string, efter: string): string[] {
  const a = fore.split('\n');
  const b = efter.split('\n');
  const ut: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) ut.push(`-${a[i] ?? ''}`, `+${b[i] ?? ''}`);
  return ut;
}

/** A field of the open entry, by its key path; the form draws fields as they scroll into view. */
async function falt(page: Page, nyckel: string): Promise<Locator> {
  const f = page.locator(`section[data-key-path="${nyckel}"]`).first();
  await page.mouse.move(300, 500);
  for (let i = 0; i < 60 && !(await f.count()); i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(150);
  }
  await f.scrollIntoViewIfNeeded();
  return f;
}

async function valj(f: Locator, alternativ: string | RegExp) {
  await f.getByRole('combobox').first().click();
  await f.page().getByRole('option', { name: alternativ, exact: typeof alternativ === 'string' }).first().click();
}

test.describe('formulärets konfiguration', () => {
  type F = { name: string; widget: string; required?: boolean; hint?: string; options?: { label: string; value: string }[]; collection?: string; multiple?: boolean; fields?: F[]; field?: F; type?: string; format?: string };
  const konfig = () => parse(readFileSync(join(ROOT, 'dist', 'admin', 'config.yml'), 'utf8')) as { collections: { name: string; folder: string; fields: F[] }[]; publish_mode: string; backend: { open_authoring: boolean } };

  test('har en samling per innehållsmapp, med fälten i schemats ordning och texten sist', () => {
    const k = konfig();
    const mappar = readdirSync(INNEHALL).filter((n) => statSync(join(INNEHALL, n)).isDirectory()).sort();
    expect(k.collections.map((c) => c.folder.replace(/^content\//, '')).sort()).toEqual(mappar);
    const organ = k.collections.find((c) => c.name === 'organ')!;
    expect(organ.fields.map((f) => f.name).slice(0, 4)).toEqual(['namn', 'kortnamn', 'typ', 'niva']);
    expect(organ.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    expect(k.publish_mode).toBe('editorial_workflow');
    expect(k.backend.open_authoring).toBe(true);
  });

  test('ger varje fält rätt sorts ruta: val med svenska namn, hänvisningar, datum, grupper och listor', () => {
    const organ = konfig().collections.find((c) => c.name === 'organ')!.fields;
    const f = (n: string) => organ.find((x) => x.name === n)!;
    expect(f('namn')).toMatchObject({ widget: 'string', required: true, hint: 'organets namn, som i källan' });
    expect(f('kortnamn')).toMatchObject({ widget: 'string', required: false });
    expect(f('typ').widget).toBe('select');
    expect(f('typ').options).toContainEqual({ label: 'Regional arbetsgrupp (RAG)', value: 'rag' });
    expect(f('region')).toMatchObject({ widget: 'relation', collection: 'regioner', required: false });
    expect(f('kallor')).toMatchObject({ widget: 'relation', collection: 'kallor', multiple: true, required: true });
    expect(f('granskad')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(f('bildat').widget).toBe('string'); // ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD: a date picker would force a day
    expect(f('webbplats')).toMatchObject({ widget: 'string', type: 'url' });
    expect(f('uppdrag').widget).toBe('object');
    expect(f('uppdrag').fields!.find((x) => x.name === 'syfte')).toMatchObject({ widget: 'text', required: true });
    expect(f('medlemmar').widget).toBe('list');
    expect(f('medlemmar').fields!.find((x) => x.name === 'person')).toMatchObject({ widget: 'relation', collection: 'personer' });
    expect(f('fragor').fields!.find((x) => x.name === 'fraga')!.options).toContainEqual({ label: 'Rehabilitering', value: 'rehabilitering' });
  });
});

test.describe('redigeringsformuläret', () => {
  test.use({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });

  test('förklarar på svenska vad det är och hämtar inget från andra webbplatser före inloggningen', async ({ page }) => {
    const utanfor: string[] = [];
    const brott: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) utanfor.push(r.url());
    });
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && brott.push(m.text()));
    await page.goto('/admin/');
    await expect(page.getByRole('button', { name: 'Arbeta med lokalt repository' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: /Logga in med \W*GitHub/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Redigera innehållet' })).toBeVisible();
    await expect(page.getByText(/blir ändringen ett förslag \(en pull request\)/)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    // The icons are a font from the site itself: drawn as icons, not as their names.
    expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'add'))).toBe(true);
    expect(utanfor).toEqual([]);
    expect(brott).toEqual([]);
  });

  test('ett nytt råd som skapas i formuläret klarar innehållskontrollen', async ({ page }) => {
    test.setTimeout(120_000);
    await oppnaLokalt(page);
    await page.goto('/admin/#/collections/organ/new');
    await (await falt(page, 'namn')).locator('input').fill('Cancerrådet i Provlandet');
    await valj((await falt(page, 'typ')), 'Cancerråd');
    await (await falt(page, 'niva')).getByRole('radio', { name: 'Region', exact: true }).click();
    await valj((await falt(page, 'region')), 'Region Sörmland');
    await valj((await falt(page, 'sjukvardsregion')), /Mellansverige/);
    await (await falt(page, 'sammanfattning')).locator('textarea').fill('Ett råd för cancervården i Sörmland. Det ser till att besluten blir av.');
    await (await falt(page, 'uppdrag.syfte')).locator('textarea').fill('Förankra RCC:s beslut i regionen.');
    await valj((await falt(page, 'kallor')), /Cancerrådet i Sörmland/);
    await (await falt(page, 'granskad')).locator('input').first().fill('2026-12-01');
    await (await falt(page, 'body')).locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Ett lokalt cancerråd i Sörmland, enligt källan.');
    await page.getByRole('button', { name: 'Spara' }).click();
    const sokvag = 'content/organ/cancerradet-i-provlandet.mdx';
    await expect.poll(() => lasFil(page, sokvag).catch(() => ''), { timeout: 20_000 }).toContain('namn: Cancerrådet i Provlandet');
    const fil = await lasFil(page, sokvag);
    // Fields in the schema's order, ids for references, dates as text, no empty optional fields.
    const nycklar = [...fil.matchAll(/^([a-zA-Z]+):/gm)].map((m) => m[1]);
    expect(nycklar).toEqual(['namn', 'typ', 'niva', 'sjukvardsregion', 'region', 'sammanfattning', 'uppdrag', 'kallor', 'granskad']);
    expect(fil).toMatch(/^region: sormland$/m);
    expect(fil).toMatch(/^granskad: 2026-12-01$/m);
    const tomma = (v: unknown, vag: string): string[] =>
      v === null || v === '' || (Array.isArray(v) && !v.length) ? [vag]
      : typeof v === 'object' ? Object.entries(v).flatMap(([k, u]) => tomma(u, `${vag}.${k}`)) : [];
    expect(tomma(parse(fil.split(/^---$/m)[1] ?? ''), '')).toEqual([]);
    kontrolleraMed(sokvag, fil);
  });

  test('att byta ordförande i ett befintligt råd ändrar bara den raden', async ({ page }) => {
    test.setTimeout(120_000);
    const sokvag = 'content/organ/cancerradet-sormland.mdx';
    const fore = readFileSync(join(ROOT, sokvag), 'utf8');
    await oppnaLokalt(page);
    await page.goto('/admin/#/collections/organ/entries/cancerradet-sormland');
    await valj(await falt(page, 'medlemmar.0.person'), 'Lena Luts');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => lasFil(page, sokvag), { timeout: 20_000 }).not.toBe(fore);
    const efter = await lasFil(page, sokvag);
    expect(skillnad(fore, efter)).toEqual(['-  - person: bjorn-persson', '+  - person: lena-luts']);
    kontrolleraMed(sokvag, efter);
  });
});
