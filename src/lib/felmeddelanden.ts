// Swedish error messages for content mistakes found across entries (not by a single schema).
import type { Referensfel } from './graph';

export function formateraReferensfel(fel: Referensfel[]): string {
  const rader = fel.map((f) => {
    const forslag = f.forslag.length ? ` Menade du: ${f.forslag.join(', ')}?` : '';
    return `${f.fil}: fältet "${f.falt}" har värdet "${f.varde}", men det finns ingen post med det id:t i ${f.samling} (content/${f.samling}/${f.varde}.mdx saknas).${forslag}`;
  });
  return `Innehållet har ${fel.length} ${fel.length === 1 ? 'trasig hänvisning' : 'trasiga hänvisningar'}:\n${rader.join('\n')}`;
}
