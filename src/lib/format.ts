// Number formatting in Swedish style.
import { sv } from '../i18n/sv/index.ts';

const tal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** "cirka 40 stycken", "77 %", "1 005 miljoner kronor". */
export function visaVarde(n: { varde: number; enhet: string; ungefar: boolean }): string {
  const v = tal.format(n.varde);
  const enhet = n.enhet === 'procent' ? sv.ord.procent : ` ${n.enhet}`;
  return `${n.ungefar ? `${sv.ord.ungefar} ` : ''}${v}${enhet === sv.ord.procent ? ` ${enhet}` : enhet}`;
}
