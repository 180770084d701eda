// Entries whose id (file name) has changed: their old addresses keep working. Each old address gets
// a small page that sends the reader on to the new one (src/pages/[...flyttad].astro). When you
// rename an entry file, add a line here.
import type { Samling } from './samlingar.ts';

export interface Flyttad {
  samling: Samling;
  /** The id the entry had. */
  fran: string;
  /** The id it has now. */
  till: string;
}

export const FLYTTADE: readonly Flyttad[] = [
  // 2026-12-01: the source documents lost the archive's numbering ("seed-000-…") in their ids.
  { samling: 'kallor', fran: 'seed-000-uppdrag-strategiskt-cancerrad-skane', till: 'uppdrag-strategiskt-cancerrad-skane' },
  { samling: 'kallor', fran: 'seed-001-rpo-cancer-mal-och-insatsomraden', till: 'rpo-cancer-mal-och-insatsomraden' },
  { samling: 'kallor', fran: 'seed-002-cancerradet-i-sormland', till: 'cancerradet-i-sormland' },
  { samling: 'kallor', fran: 'seed-003-uppdrag-rag-onkologi-sydostra', till: 'uppdrag-rag-onkologi-sydostra' },
  { samling: 'kallor', fran: 'seed-004-cancerstrategi-varmland', till: 'cancerstrategi-varmland' },
];
