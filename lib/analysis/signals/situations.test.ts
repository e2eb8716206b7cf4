import { describe, expect, it } from 'vitest';
import { pickSituations } from './situations.ts';

const s = (...names: Parameters<typeof pickSituations>[0][number]['signal'][]) =>
  names.map((signal) => ({ signal }));

describe('pickSituations', () => {
  it('puts de-escalation first, then payment, then scope', () => {
    expect(pickSituations(s('scope_creep', 'payment_delay', 'aggressive'))).toEqual([
      'deescalate_aggressive',
      'payment_reminder_1',
      'scope_change_quote',
    ]);
  });

  it('escalates payment reminders with the ledger', () => {
    expect(pickSituations(s('payment_delay'), [], { paymentOverdue: true })).toEqual(['payment_reminder_2']);
    expect(pickSituations(s('payment_delay'), [], { remindersSent: 1 })).toEqual(['payment_reminder_2']);
    expect(pickSituations(s('payment_delay'), [], { paymentOverdue: true, remindersSent: 2 })).toEqual([
      'payment_formal_notice',
    ]);
  });

  it('chases firmly when the client says the payment is already behind', () => {
    const late = { signal: 'payment_delay' as const, rule: 'fr.payment.compta-en-retard' };
    const announced = { signal: 'payment_delay' as const, rule: 'fr.payment.retard' };
    expect(pickSituations([late])).toEqual(['payment_reminder_2']);
    expect(pickSituations([announced])).toEqual(['payment_reminder_1']);
    expect(pickSituations([late], [], { remindersSent: 2 })).toEqual(['payment_formal_notice']);
  });

  it('sets boundaries for urgency and off-hours, once', () => {
    expect(pickSituations(s('urgency', 'off_hours'))).toEqual(['boundary_setting']);
  });

  it('asks the client for a date for a vague promise of theirs and confirms mine', () => {
    const commitments = [
      { owner: 'client' as const, vague: true, due: null },
      { owner: 'me' as const, vague: false, due: '2026-11-27' },
    ];
    expect(pickSituations([], commitments)).toEqual(['ask_client_for_date', 'confirm_commitment']);
    expect(pickSituations([], [{ owner: 'client', vague: false, due: '2026-11-27' }])).toEqual([]);
  });

  it('returns nothing for a message that calls for nothing', () => {
    expect(pickSituations(s('appreciation'))).toEqual([]);
  });
});
