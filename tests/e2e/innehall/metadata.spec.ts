// What the built site tells machines about itself: canonical addresses, Open Graph, schema.org
// JSON-LD, the sitemap, robots.txt and the feed of changes.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, finnsIDist, html, poster, sidor } from '../../lib/site.ts';

const attr = (h: string, re: RegExp) => re.exec(h)?.[1]?.replace(/&amp;/g, '&');
const jsonld = (h: string) => [...h.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json = '']) => JSON.parse(json));
const sokvag = (u: string) => decodeURIComponent(new URL(u).pathname);

/** The site's address, as the build was given it (astro.config.mjs). */
const SITE = process.env.SITE_URL ?? 'https://cancerrad.example.se';
/** The address a page must name as its own, computed from where its file lies in dist/. */
const egenAdress = (sida: string) => new URL(sida.split('/').map(encodeURIComponent).join('/'), SITE).href;

test('varje sida har en kanonisk adress och Open Graph-uppgifter som pekar på sidan själv', () => {
  const alla = sidor().filter((s) => s !== '/404.html');
  expect(alla.length).toBeGreaterThan(10);
  const fel: string[] = [];
  for (const s of alla) {
    const h = html(s);
    const canonical = attr(h, /<link rel="canonical" href="([^"]*)"/);
    if (canonical !== egenAdress(s)) fel.push(`${s}: canonical ${canonical}, väntat ${egenAdress(s)}`);
    const og = attr(h, /<meta property="og:url" content="([^"]*)"/);
    if (og !== egenAdress(s)) fel.push(`${s}: og:url ${og}, väntat ${egenAdress(s)}`);
    expect(attr(h, /<meta property="og:title" content="([^"]*)"/), s).toBeTruthy();
    expect(attr(h, /<meta property="og:description" content="([^"]*)"/), s).toBeTruthy();
    for (const ld of jsonld(h)) expect(ld['@context'], s).toBe('https://schema.org');
  }
  expect(fel).toEqual([]);
});

test('råd beskrivs som GovernmentOrganization med sina personer, planer som CreativeWork', () => {
  for (const o of poster('organ')) {
    const [ld] = jsonld(html(`/organ/${o.id}/`));
    expect(ld['@type'], o.id).toBe('GovernmentOrganization');
    expect(ld.name, o.id).toBe(o.data.namn);
    expect(sokvag(ld.url), o.id).toBe(`/organ/${o.id}/`);
    const medlemmar = o.data.medlemmar ?? [];
    expect(ld.member ?? [], o.id).toHaveLength(medlemmar.length);
    for (const m of ld.member ?? []) expect(m.member['@type'], o.id).toBe('Person');
  }
  for (const p of poster('planer')) {
    const [ld] = jsonld(html(`/planer/${p.id}/`));
    expect(ld['@type'], p.id).toBe('CreativeWork');
    expect(ld.name, p.id).toBe(p.data.namn);
  }
  const [personer] = jsonld(html('/personer/'));
  expect(personer['@graph'].map((p: { name: string }) => p.name).sort()).toEqual(poster('personer').map((p) => p.data.namn).sort());
});

test('webbplatskartan listar varje sida, och robots.txt pekar på den', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  const karta = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(karta).toBeTruthy();
  expect(finnsIDist(sokvag(karta!))).toBe(true);
  const index = readFileSync(join(DIST, sokvag(karta!)), 'utf8');
  const delar = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc = '']) => sokvag(loc));
  const sidorIKartan = delar.flatMap((d) => [...readFileSync(join(DIST, d), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc = '']) => sokvag(loc)));
  expect(sidorIKartan.sort()).toEqual(sidor().filter((s) => s !== '/404.html').sort());
});

const SAMLINGAR = ['organ', 'planer', 'mal', 'vardprogram', 'regioner', 'sjukvardsregioner', 'kallor', 'personer', 'nyckeltal', 'ordlista'];
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

test('ändringsflödet har de senast ändrade posterna, var och en med sitt datum: senaste commit eller granskning, det som är senast', () => {
  const xml = readFileSync(join(DIST, 'andringar.xml'), 'utf8');
  const poster_ = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([item, inne = '']) => {
    const link = /<link>([^<]*)<\/link>/.exec(inne)?.[1];
    const pubDate = /<pubDate>([^<]*)<\/pubDate>/.exec(inne)?.[1];
    expect(link, item).toBeDefined();
    expect(pubDate, item).toBeDefined();
    return { link: link!, datum: new Date(pubDate!).toISOString().slice(0, 10) };
  });
  expect(poster_.length).toBeGreaterThan(0);
  const datum = poster_.map((p) => p.datum);
  expect(datum).toEqual([...datum].sort().reverse());
  // The same git log the build reads: the newest commit date of each content file.
  const git = new Map<string, string>();
  let d = '';
  for (const rad of execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', 'content'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\n')) {
    if (rad.startsWith('@')) d = rad.slice(1);
    else if (rad && !git.has(rad)) git.set(rad, d);
  }
  const vantat = new Map(
    SAMLINGAR.flatMap((s) =>
      poster(s).map((p) => {
        const g = iso(p.data.granskad);
        const andrad = git.get(`content/${p.fil}`);
        const adress = ['personer', 'nyckeltal', 'ordlista'].includes(s) ? `/${s}/#id-${p.id}` : `/${s}/${p.id}/`;
        return [adress, andrad && andrad > g ? andrad : g] as const;
      }),
    ),
  );
  const fel: string[] = [];
  for (const { link, datum: d } of poster_) {
    const u = new URL(link);
    const adress = decodeURIComponent(u.pathname) + u.hash;
    if (!vantat.has(adress)) fel.push(`${link}: ingen post med den adressen`);
    else if (vantat.get(adress) !== d) fel.push(`${link}: ${d}, väntat ${vantat.get(adress)}`);
  }
  expect(fel).toEqual([]);
  // The newest dates of all are the ones in the feed (it keeps the most recently changed).
  const nyast = [...vantat.values()].sort().reverse().slice(0, poster_.length);
  expect(datum).toEqual(nyast);
});
