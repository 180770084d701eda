// schema.org descriptions of entries, for search engines and other readers of the pages:
// GovernmentOrganization for bodies, Person for the people in them, CreativeWork for plans.
import type { Graph } from './graph/index.ts';
import { sv } from '../i18n/sv/index.ts';
import { absolut, url } from './urls';

type Ld = Record<string, unknown>;
const bara = (o: Ld): Ld => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
const kontext = (o: Ld): Ld => ({ '@context': 'https://schema.org', ...o });

function organisation(g: Graph, id: string): Ld {
  return { '@type': 'GovernmentOrganization', '@id': absolut(url.entry('organ', id)), name: g.namn('organ', id), url: absolut(url.entry('organ', id)) };
}

function person(g: Graph, id: string): Ld {
  const p = g.hamta('personer', id).data;
  return bara({
    '@type': 'Person',
    '@id': absolut(url.entry('personer', id)),
    name: p.namn,
    jobTitle: p.titel,
    worksFor: { '@type': 'Organization', name: p.organisation },
    email: p.kontakt?.epost,
    telephone: p.kontakt?.telefon,
    url: absolut(url.entry('personer', id)),
  });
}

export function organLd(g: Graph, id: string): Ld {
  const d = g.hamta('organ', id).data;
  const omrade = d.region ? g.namn('regioner', d.region.id) : d.sjukvardsregion ? g.namn('sjukvardsregioner', d.sjukvardsregion.id) : undefined;
  return kontext(
    bara({
      ...organisation(g, id),
      alternateName: d.kortnamn,
      description: d.sammanfattning,
      additionalType: sv.organtyp[d.typ],
      areaServed: omrade,
      foundingDate: d.bildat,
      dissolutionDate: d.upphort,
      sameAs: d.webbplats,
      parentOrganization: d.delAv ? organisation(g, d.delAv.id) : undefined,
      member: d.medlemmar.map((m) => ({ '@type': 'OrganizationRole', roleName: m.roll, startDate: m.fran, member: person(g, m.person.id) })),
    }),
  );
}

export function planLd(g: Graph, id: string): Ld {
  const d = g.hamta('planer', id).data;
  return kontext(
    bara({
      '@type': 'CreativeWork',
      '@id': absolut(url.entry('planer', id)),
      name: d.namn,
      genre: sv.plantyp[d.typ],
      abstract: d.sammanfattning,
      url: absolut(url.entry('planer', id)),
      inLanguage: 'sv',
      author: d.agare ? organisation(g, d.agare.id) : undefined,
      dateCreated: d.beslutsdatum,
      temporalCoverage: d.period ? `${d.period.fran}/${d.period.till ?? '..'}` : undefined,
      isBasedOn: d.byggerPa.map((b) => ({ '@type': 'CreativeWork', '@id': absolut(url.entry('planer', b.id)), name: g.namn('planer', b.id) })),
    }),
  );
}

export function personerLd(g: Graph): Ld {
  return kontext({ '@graph': g.alla('personer').map((p) => person(g, p.id)) });
}
