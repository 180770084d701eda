// Source documents: every fact on the site points to one of these.
import { z } from 'astro/zod';
import { type RefFabrik, datum, granskad, heltal, inteIFramtiden, referensfalt, text, val, webbadress } from './falt.ts';

export const KALLTYPER = ['dokument', 'webbsida', 'pressmeddelande', 'artikel', 'utredning', 'forfattning', 'rapport'] as const;

export const kallaSchema = (r: RefFabrik) => {
  const { ref } = referensfalt(r);
  return z
    .strictObject({
      titel: text('källans titel, som den står i källan'),
      typ: val('typ av källa', KALLTYPER),
      utgivare: text('vem som gav ut källan (myndighet, region, tidning …)'),
      utgivenAv: ref('organ', 'organet som gav ut källan, om det finns på webbplatsen').optional(),
      datum: datum('källans datum')
        .refine((s) => inteIFramtiden(s), {
          error: (iss) => `datumet "${String(iss.input)}" ligger i framtiden, men en källa är redan utgiven. Skriv källans eget datum, som det står i källan`,
        })
        .optional(),
      senast: heltal('senaste möjliga år för en odaterad källa', 1800, 2100).optional(),
      tidigast: heltal('tidigaste möjliga år för en odaterad källa, när innehållet visar det', 1800, 2100).optional(),
      datering: z.string().trim().min(1).optional().describe('Hur källan är daterad, i ord, när den saknar datum.'),
      adress: webbadress('Källans webbadress.').optional(),
      fil: z.string().trim().min(1).optional().describe('Filnamnet på källdokumentet i projektets mapp för källdokument.'),
      granskad,
    })
    .refine((k) => k.datum !== undefined || k.senast !== undefined, {
      message: 'källan saknar datering: ange datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ) eller, för en odaterad källa, senast (år) och datering (i ord)',
      path: ['datum'],
    })
    .refine((k) => k.adress !== undefined || k.fil !== undefined, {
      message: 'källan går inte att hitta: ange adress (webbadress) eller fil (källdokumentets filnamn)',
      path: ['adress'],
    });
};
