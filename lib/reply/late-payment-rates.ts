/**
 * The rates French late-payment interest is computed from (art. L441-10 du Code de commerce).
 * They change every six months: keep them here as dated data and add each new semester's values
 * (or pass `rates` to `latePaymentTerms` to override them).
 *
 * - The ECB main refinancing rate that counts for a semester is the one in force on its first day
 *   (1 January / 1 July); the default penalty rate is that rate + 10 points.
 * - The penalty rate may never be below three times the legal interest rate ("taux de l'intérêt
 *   légal", "tous les autres cas", i.e. creditors acting for professional needs) of the semester.
 */

export interface DatedRate {
  /** First day the rate applies, `YYYY-MM-DD`. */
  from: string;
  /** Percent a year. */
  percent: number;
  source: string;
}

export interface LatePaymentRates {
  ecbMainRefinancing: readonly DatedRate[];
  legalInterestProfessional: readonly DatedRate[];
  /** Points added to the ECB rate when the invoice names no rate. */
  ecbMarginPoints: number;
  /** The floor is this many times the legal interest rate. */
  legalRateMultiple: number;
  /** Fixed recovery indemnity, per invoice, in euros (art. D441-5 du Code de commerce). */
  recoveryIndemnityEur: number;
}

export const LATE_PAYMENT_RATES: LatePaymentRates = {
  ecbMainRefinancing: [
    { from: '2024-06-12', percent: 4.25, source: 'ECB decision of 6 June 2024' },
    { from: '2024-09-18', percent: 3.65, source: 'ECB decision of 12 September 2024' },
    { from: '2024-10-23', percent: 3.4, source: 'ECB decision of 17 October 2024' },
    { from: '2024-12-18', percent: 3.15, source: 'ECB decision of 12 December 2024' },
    { from: '2025-02-05', percent: 2.9, source: 'ECB decision of 30 January 2025' },
    { from: '2025-03-12', percent: 2.65, source: 'ECB decision of 6 March 2025' },
    { from: '2025-04-23', percent: 2.4, source: 'ECB decision of 17 April 2025' },
    // In force on 1 July 2025 and 1 January 2026 (held at the February 2026 meeting): the value
    // used for the second semester 2026 too until a newer decision is added here.
    { from: '2025-06-11', percent: 2.15, source: 'ECB decision of 5 June 2025' },
  ],
  legalInterestProfessional: [
    { from: '2024-07-01', percent: 4.92, source: 'taux du 2nd semestre 2024' },
    { from: '2025-01-01', percent: 3.71, source: 'taux du 1er semestre 2025' },
    { from: '2025-07-01', percent: 2.76, source: 'arrêté du 19 juin 2025' },
    // Latest value known when this was written (1st semester 2026, arrêté du 15 décembre 2025,
    // JO du 26 décembre 2025); add the 2nd semester 2026 arrêté when it is published.
    { from: '2026-01-01', percent: 2.62, source: 'arrêté du 15 décembre 2025' },
  ],
  ecbMarginPoints: 10,
  legalRateMultiple: 3,
  recoveryIndemnityEur: 40,
};

/** The rate in force on `day`: the latest entry starting on or before it (the oldest as a fallback). */
export function rateOn(rates: readonly DatedRate[], day: string): DatedRate | null {
  let found: DatedRate | null = null;
  for (const rate of rates) if (rate.from <= day && (!found || rate.from >= found.from)) found = rate;
  return found ?? rates[0] ?? null;
}

/** First day of the semester `day` falls in: the ECB rate of that day is the one L441-10 takes. */
export function semesterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${month <= 6 ? '01' : '07'}-01`;
}
