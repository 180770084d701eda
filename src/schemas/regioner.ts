// The 21 regions (former landsting). A region names its healthcare region(s); the reverse is derived.
import { z } from 'astro/zod';
import { type RefFabrik, kontrolleraDatumkallor, datum, granskad, referensfalt, text } from './falt.ts';

export const regionSchema = (r: RefFabrik) => {
  const { kallor, ref, tidigareNamn, datumkallor } = referensfalt(r);
  return z.strictObject({
    namn: text('regionens officiella namn, t.ex. Region Sörmland'),
    kortnamn: text('kort namn i listor, t.ex. Sörmland'),
    tidigareNamn,
    regionSedan: datum('när landstinget blev region').optional(),
    sjukvardsregioner: z
      .array(
        z.strictObject({
          id: ref('sjukvardsregioner', 'sjukvårdsregion'),
          del: z.string().trim().min(1).optional().describe('Om bara en del av regionen hör hit, vilken.'),
        }),
        { error: 'ska vara en lista med sjukvårdsregioner (- id: …)' },
      )
      .min(1, { error: 'listan är tom: varje region hör till minst en sjukvårdsregion' })
      .describe('Sjukvårdsregionen (eller, som för Halland, regionerna) som regionen hör till.'),
    egnaOrganSokt: datum(
      'den dag då källorna söktes utan att något eget råd eller någon egen grupp för cancervården i regionen hittades',
    )
      .optional()
      .describe(
        'Bara för en region utan egna råd och grupper på webbplatsen: den dag då källorna söktes. Sidan säger då att källorna inte nämner något eget organ och länkar organen i regionens sjukvårdsregion(er).',
      ),
    anmarkning: z.string().trim().min(1).optional().describe('Anmärkning som visas på sidan.'),
    kallor,
    datumkallor: datumkallor(['regionSedan'] as const),
    granskad,
  }).superRefine(kontrolleraDatumkallor);
};
