// What the built site tells machines about itself: canonical addresses, Open Graph, schema.org
// JSON-LD, the sitemap, robots.txt and the feed of changes.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, finnsIDist, html, poster, sidor } from '../lib/site';

const attr = (h: string, re: RegExp) => re.exec(h)?.[1]?.replace(/&amp;/g, '&');
const jsonld = (h: string) => [...h.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const sokvag = (u: string) => decodeURIComponent(new URL(u).pathname);

test('varje sida har en kanonisk adress och Open Graph-uppgifter som pekar på sidan själv', () => {
  const alla = sidor().filter((s) => s !== '/404.html');
  expect(alla.length).toBeGreaterThan(10);
  for (const s of alla) {
    const h = html(s);
    const canonical = attr(h, /<link rel="canonical" href="([^"]*)"/);
    expect(canonical, s).toMatch(/^https?:\/\//);
    expect(sokvag(canonical!), s).toBe(s);
    expect(attr(h, /<meta property="og:url" content="([^"]*)"/), s).toBe(canonical);
    expect(attr(h, /<meta property="og:title" content="([^"]*)"/), s).toBeTruthy();
    expect(attr(h, /<meta property="og:description" content="([^"]*)"/), s).toBeTruthy();
    for (const ld of jsonld(h)) expect(ld['@context'], s).toBe('https://schema.org');
  }
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
  const delar = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => sokvag(m[1]));
  const sidorIKartan = delar.flatMap((d) => [...readFileSync(join(DIST, d), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => sokvag(m[1])));
  expect(sidorIKartan.sort()).toEqual(sidor().filter((s) => s !== '/404.html').sort());
});

test('ändringsflödet har de senast ändrade posterna, med datum från git eller granskningen', () => {
  const xml = readFileSync(join(DIST, 'andringar.xml'), 'utf8');
  const poster_ = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
    link: /<link>([^<]*)<\/link>/.exec(m[1])![1],
    datum: new Date(/<pubDate>([^<]*)<\/pubDate>/.exec(m[1])![1]).toISOString().slice(0, 10),
  }));
  expect(poster_.length).toBeGreaterThan(0);
  const datum = poster_.map((p) => p.datum);
  expect(datum).toEqual([...datum].sort().reverse());
  const granskad = new Map(['organ', 'planer', 'mal', 'vardprogram', 'regioner', 'sjukvardsregioner', 'kallor'].flatMap((s) => poster(s).map((p) => [`/${s}/${p.id}/` as string, { p, s }] as const)));
  for (const { link, datum: d } of poster_) {
    const vag = sokvag(link);
    expect(finnsIDist(vag), link).toBe(true);
    const post = granskad.get(vag);
    if (!post) continue; // people, figures and terms live on list pages
    const git = execFileSync('git', ['log', '-1', '--format=%cs', '--', `content/${post.p.fil}`], { cwd: ROOT, encoding: 'utf8' }).trim();
    const g = String(post.p.data.granskad instanceof Date ? post.p.data.granskad.toISOString().slice(0, 10) : post.p.data.granskad);
    expect([g, git], link).toContain(d);
  }
});
