import { daysBetween } from './date-format.ts';
import { LATE_PAYMENT_RATES, type LatePaymentRates, rateOn, semesterStart } from './late-payment-rates.ts';
import { roundCents } from './money.ts';

export interface LatePaymentTerms {
  /** Days from the due day to `today` (0 when not yet late). */
  daysLate: number;
  /** Percent a year actually applied. */
  ratePercent: number;
  /** Where the rate comes from: the invoice, or the legal default (ECB + 10 points, floored). */
  rateSource: 'invoice' | 'ecb_plus_margin' | 'legal_floor';
  /** amount × rate × days / 365, rounded to cents. */
  interest: number;
  /** Fixed recovery indemnity in euros. */
  indemnity: number;
}

/** Late-payment law applies between French professionals only, never to consumers. */
export function lateFeesApply(country: string, clientKind: 'b2b' | 'b2c'): boolean {
  return country.toUpperCase() === 'FR' && clientKind === 'b2b';
}

/**
 * Interest and indemnity owed on a French B2B invoice paid late (art. L441-10 du Code de commerce):
 * the invoice's rate, or the ECB main refinancing rate of the semester + 10 points, and never less
 * than three times the legal interest rate.
 */
export function latePaymentTerms(
  input: { amount: number; dueDate: string; today: string; invoiceRate?: number | null },
  rates: LatePaymentRates = LATE_PAYMENT_RATES,
): LatePaymentTerms {
  const daysLate = Math.max(0, daysBetween(input.dueDate, input.today));
  // The semester the lateness starts in (the due day's, or today's while not yet due).
  const [firstDay = input.today] = [input.dueDate, input.today].sort();
  const semester = semesterStart(firstDay);
  const floor = (rateOn(rates.legalInterestProfessional, semester)?.percent ?? 0) * rates.legalRateMultiple;
  let ratePercent: number;
  let rateSource: LatePaymentTerms['rateSource'];
  if (input.invoiceRate != null) {
    ratePercent = Math.max(input.invoiceRate, floor);
    rateSource = input.invoiceRate >= floor ? 'invoice' : 'legal_floor';
  } else {
    const ecb = (rateOn(rates.ecbMainRefinancing, semester)?.percent ?? 0) + rates.ecbMarginPoints;
    ratePercent = Math.max(ecb, floor);
    rateSource = ecb >= floor ? 'ecb_plus_margin' : 'legal_floor';
  }
  ratePercent = Math.round(ratePercent * 100) / 100;
  const interest = roundCents((input.amount * ratePercent * daysLate) / 100 / 365);
  return { daysLate, ratePercent, rateSource, interest, indemnity: rates.recoveryIndemnityEur };
}
