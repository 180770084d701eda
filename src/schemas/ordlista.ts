// Abbreviations and terms; also drive abbreviation expansion in prose and search synonyms.
import { z } from 'astro/zod';
import { type RefFabrik, granskad, referensfalt, text } from './falt.ts';

export const ordSchema = (r: RefFabrik) => {
  const { kallor } = referensfalt(r);
  return z.strictObject({
    term: text('termen eller förkortningen, t.ex. RCC'),
    expansion: text('vad förkortningen står för, t.ex. Regionalt cancercentrum'),
    forklaring: text('en kort förklaring på klarspråk'),
    sprak: z
      .enum(['en', 'la', 'fr', 'de'])
      .optional()
      .describe('Språket om termen är ett främmande ord, t.ex. en för best practice. Då märks termen med sitt språk överallt där den står, så att skärmläsare uttalar den rätt.'),
    varianter: z.array(z.string().trim().min(1)).default([]).describe('Andra former som ska hittas vid sökning (plural, bestämd form).'),
    kallor,
    granskad,
  });
};
