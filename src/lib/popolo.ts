// The bodies, people and their roles in the Popolo data standard (https://www.popoloproject.com/):
// organizations (organ), persons (personer), posts (a role in a body), memberships (a person in
// a post, with the source that names them) and areas (healthcare regions and regions).
import type { CollectionEntry } from 'astro:content';
import type { Graph } from './graph/index.ts';
import { absolut, url } from './urls';
import { sv } from '../i18n/sv/index.ts';

type Lank = { url: string; note: string };

/** "Ordförande" → "ordforande": a post id part in ASCII. */
function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A source as a Popolo link: its own address where it has one, else its page here. */
function kalla(g: Graph, id: string): Lank {
  const k = g.hamta('kallor', id);
  return { url: k.data.adress ?? absolut(url.entry('kallor', id)), note: k.data.titel };
}

const sida = (samling: 'organ' | 'personer' | 'regioner' | 'sjukvardsregioner', id: string): Lank => ({
  url: absolut(url.entry(samling, id)),
  note: sv.webbplats.namn,
});

export function popolo(g: Graph) {
  const organ = g.alla('organ');
  const roller = organ.flatMap((o) => o.data.medlemmar.map((m) => ({ o, m, post: `${o.id}--${slug(m.roll)}` })));

  const organizations = organ.map((o: CollectionEntry<'organ'>) => ({
    id: o.id,
    name: o.data.namn,
    ...((o.data.kortnamn || o.data.tidigareNamn.length) ? { other_names: [
      ...(o.data.kortnamn ? [{ name: o.data.kortnamn, note: 'kortnamn' }] : []),
      ...o.data.tidigareNamn.map((t) => ({ name: t.namn, note: sv.data.tidigareNamn, ...(t.till ? { end_date: t.till } : {}) })),
    ] } : {}),
    classification: sv.organtyp[o.data.typ],
    ...(o.data.delAv ? { parent_id: o.data.delAv.id } : {}),
    ...(o.data.region || o.data.sjukvardsregion ? { area_id: (o.data.region ?? o.data.sjukvardsregion)!.id } : {}),
    ...(o.data.bildat ? { founding_date: o.data.bildat } : {}),
    ...(o.data.upphort ? { dissolution_date: o.data.upphort } : {}),
    links: [sida('organ', o.id), ...(o.data.webbplats ? [{ url: o.data.webbplats, note: o.data.namn }] : [])],
    sources: o.data.kallor.map((k) => kalla(g, k.id)),
  }));

  const persons = g.alla('personer').map((p) => {
    const k = p.data.kontakt;
    const kontakt = [
      ...(k?.epost ? [{ type: 'email', value: k.epost }] : []),
      ...(k?.telefon ? [{ type: 'voice', value: k.telefon }] : []),
    ];
    return {
      id: p.id,
      name: p.data.namn,
      summary: `${p.data.titel}, ${p.data.organisation}`,
      ...(kontakt.length ? { contact_details: kontakt } : {}),
      links: [sida('personer', p.id)],
      sources: p.data.kallor.map((x) => kalla(g, x.id)),
    };
  });

  const posts = [...new Map(roller.map((r) => [r.post, r])).values()].map(({ o, m, post }) => ({
    id: post,
    label: `${m.roll}, ${o.data.namn}`,
    role: m.roll,
    organization_id: o.id,
  }));

  const memberships = roller.map(({ o, m, post }) => ({
    id: `${post}--${m.person.id}`,
    person_id: m.person.id,
    organization_id: o.id,
    post_id: post,
    role: m.roll,
    ...(m.fran ? { start_date: m.fran } : {}),
    sources: [kalla(g, m.kalla.id)],
  }));

  const areas = [
    ...g.alla('sjukvardsregioner').map((s) => ({
      id: s.id,
      name: s.data.namn,
      classification: sv.samling.sjukvardsregioner,
      sources: [sida('sjukvardsregioner', s.id), ...s.data.kallor.map((k) => kalla(g, k.id))],
    })),
    ...g.alla('regioner').map((r) => ({
      id: r.id,
      name: r.data.namn,
      classification: sv.samling.regioner,
      // Popolo has one parent; Halland belongs to two healthcare regions and gets none.
      ...(r.data.sjukvardsregioner.length === 1 && r.data.sjukvardsregioner[0] ? { parent_id: r.data.sjukvardsregioner[0].id.id } : {}),
      sources: [sida('regioner', r.id), ...r.data.kallor.map((k) => kalla(g, k.id))],
    })),
  ];

  return { organizations, persons, posts, memberships, areas };
}
