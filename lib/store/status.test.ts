import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, endOfWeek, isoWeekday, todayIn, wallClock } from './day.ts';
import { displayStatus, isLate } from './status.ts';

const due27 = { status: 'open' as const, due: '2026-11-27' };

describe('today and late in the user time zone', () => {
  // 23:30 UTC on the 27th: already the 28th in Paris and Kiritimati, still the 27th in the Americas.
  const now = new Date('2026-11-27T23:30:00Z');

  it.each([
    ['Europe/Paris', '2026-11-28', true],
    ['Pacific/Kiritimati', '2026-11-28', true],
    ['UTC', '2026-11-27', false],
    ['America/Montreal', '2026-11-27', false],
    ['Pacific/Pago_Pago', '2026-11-27', false],
  ])('%s: today is %s, late=%s', (zone, today, late) => {
    expect(todayIn(zone, now)).toBe(today);
    expect(isLate(due27, now, zone)).toBe(late);
  });

  it('is not late on the due day itself, late from local midnight', () => {
    expect(isLate(due27, new Date('2026-11-27T22:59:00Z'), 'Europe/Paris')).toBe(false);
    expect(isLate(due27, new Date('2026-11-27T23:00:00Z'), 'Europe/Paris')).toBe(true);
  });

  it('follows daylight saving changes (Paris switches to UTC+2 on 29 March 2026)', () => {
    const promise = { status: 'open' as const, due: '2026-03-29' };
    expect(isLate(promise, new Date('2026-03-29T21:59:00Z'), 'Europe/Paris')).toBe(false);
    expect(isLate(promise, new Date('2026-03-29T22:00:00Z'), 'Europe/Paris')).toBe(true);
  });

  it('never calls kept, cancelled or undated promises late; renegotiated ones can be', () => {
    const later = new Date('2026-12-15T12:00:00Z');
    expect(isLate({ status: 'kept', due: '2026-11-27' }, later, 'UTC')).toBe(false);
    expect(isLate({ status: 'cancelled', due: '2026-11-27' }, later, 'UTC')).toBe(false);
    expect(isLate({ status: 'open', due: null }, later, 'UTC')).toBe(false);
    expect(displayStatus({ status: 'renegotiated', due: '2026-12-01' }, later, 'UTC')).toBe('late');
    expect(displayStatus({ status: 'renegotiated', due: '2026-12-20' }, later, 'UTC')).toBe('renegotiated');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-27', '2026-12-04')).toBe(7);
  });

  it('weeks start on Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(endOfWeek('2026-11-25')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29');
  });

  it('reads the wall clock in the zone', () => {
    expect(wallClock(new Date('2026-11-27T07:05:00Z'), 'Europe/Paris')).toEqual({
      day: '2026-11-27',
      time: '08:05',
    });
    expect(wallClock(new Date('2026-11-27T23:05:00Z'), 'Europe/Paris')).toEqual({
      day: '2026-11-28',
      time: '00:05',
    });
  });
});
