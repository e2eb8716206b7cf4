import type { Lang } from '../analysis/types.ts';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/** "1 250,00 €" / "€1,250.00": the language's own grouping, decimals and currency place. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(amount);
}

/** A price as people quote it: "580 €" / "€580" for a whole amount, with cents otherwise. */
export function formatPrice(amount: number, currency: string, lang: Lang): string {
  const whole = Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency, ...whole }).format(amount);
}

/** "12,15 %" / "12.15%". */
export function formatPercent(percent: number, lang: Lang): string {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(percent);
  return lang === 'fr' ? `${number} %` : `${number}%`;
}

/** Rounds to cents the way an invoice does (half away from zero). */
export function roundCents(amount: number): number {
  return (Math.sign(amount) * Math.round(Math.abs(amount) * 100 + Number.EPSILON)) / 100;
}
