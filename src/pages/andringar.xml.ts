// The feed of changes: entries with a page, newest first, dated by the last commit that changed
// the file (git) or, outside git, by the date the entry was last reviewed. Never an invented date.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGraph } from '../lib/data';
import { andringarFor, senastAndrad } from '../lib/git';
import { historikNamnare } from '../lib/sida';
import { absolut, url } from '../lib/urls';
import { SAMLINGAR, SAMLINGSNAMN } from '../samlingar.ts';
import { datumText, sv } from '../i18n/sv/index.ts';

const ANTAL = 100;

export const GET: APIRoute = async () => {
  const g = await getGraph();
  const namn = historikNamnare(g);
  const poster = SAMLINGSNAMN.flatMap((s) =>
    g.alla(s).map((e) => {
      const d = e.data as { granskad: string; sammanfattning?: string };
      const andrad = senastAndrad(e.filePath);
      const datum = andrad && andrad > d.granskad ? andrad : d.granskad;
      // the same field-level summary as the entry's change history page; computed only for the
      // entries the feed carries (below), since it reads every version of the file
      const handelse = () => {
        const senaste = andrad && andrad > d.granskad ? andringarFor(e.filePath, namn).poster[0] : undefined;
        if (senaste) {
          const vad = senaste.andringar.map((a) => sv.historik.andring(a).replace(/\.$/, '')).join('; ');
          return `${sv.tid.andrad} ${datumText(senaste.datum)}: ${senaste.meddelande.replace(/\.$/, '')}${vad ? `. ${vad}` : ''}`;
        }
        return andrad && andrad > d.granskad ? `${sv.tid.andrad} ${datumText(andrad)}` : `${sv.tid.granskad} ${datumText(d.granskad)}`;
      };
      return {
        title: `${sv.samling[SAMLINGAR[s].texter]}: ${g.namn(s, e.id)}`,
        link: absolut(url.entry(s, e.id)),
        pubDate: new Date(`${datum}T00:00:00Z`),
        description: () => (d.sammanfattning ? `${handelse()}. ${d.sammanfattning}` : `${handelse()}.`),
      };
    }),
  );
  poster.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'sv'));
  return rss({
    title: `${sv.webbplats.namn}: ${sv.data.flode}`,
    description: sv.data.flodeBeskrivning,
    site: absolut(url.start()),
    items: poster.slice(0, ANTAL).map((p) => ({ ...p, description: p.description() })),
    customData: '<language>sv</language>',
  });
};
