// Dates as the secretary in Druten reads them: a moment stored in UTC shows on
// the day it was there, also just after midnight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatShortDate } from '../../renderer/src/format';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Amsterdam';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('dates in the interface', () => {
  it('shows a moment on its local day, also just after midnight', () => {
    // 23:30 UTC on 27 November is 00:30 on 28 November in Druten.
    expect(formatDate('2026-11-27T23:30:00.000Z')).toBe('28 november 2026');
    expect(formatShortDate('2026-11-27T23:30:00.000Z')).toBe('28-11-2026');
    expect(formatShortDate('2026-07-04')).toBe('4-7-2026');
    expect(formatDateTime('2026-11-27T23:30:00.000Z')).toBe('28 november 2026, 00:30');
    // Summer time: 22:15 UTC on 30 June is 00:15 on 1 July.
    expect(formatDateTime('2027-06-30T22:15:00.000Z')).toBe('1 juli 2027, 00:15');
  });

  it('shows Druten’s day and time also on a computer set to another zone', () => {
    process.env.TZ = 'UTC';
    try {
      expect(formatDate('2026-10-31T23:30:00.000Z')).toBe('1 november 2026');
      expect(formatDateTime('2026-10-31T23:30:00.000Z')).toBe('1 november 2026, 00:30');
      expect(formatShortDate('2027-06-30T22:15:00.000Z')).toBe('1-7-2027');
    } finally {
      process.env.TZ = 'Europe/Amsterdam';
    }
  });

  it('keeps a plain calendar day as it is, and shows what is no date as given', () => {
    expect(formatDate('2027-06-30')).toBe('30 juni 2027');
    expect(formatShortDate('2027-02-28')).toBe('28-2-2027');
    expect(formatDate('onbekend')).toBe('onbekend');
  });
});
