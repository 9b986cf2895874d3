// The secretary's day and time are Druten's, whatever zone the computer runs
// in: a moment just after midnight there is that day, not the day before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay, localTime, onLocalDay } from '../../src/domain/local-time';

const zone = process.env.TZ;
beforeAll(() => {
  // A computer far from Druten: its own day differs from Druten's for hours each night.
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the day and time in Druten', () => {
  it('is the next day just after midnight there, in winter and in summer time', () => {
    // 23:30 UTC on 31 October 2026 is 00:30 on 1 November in Druten (winter time, UTC+1).
    expect(localDay('2026-10-31T23:30:00.000Z')).toBe('2026-11-01');
    expect(localTime('2026-10-31T23:30:00.000Z')).toBe('00:30');
    // 22:15 UTC on 30 June is 00:15 on 1 July (summer time, UTC+2).
    expect(localDay(new Date('2027-06-30T22:15:00.000Z'))).toBe('2027-07-01');
    expect(localTime(new Date('2027-06-30T22:15:00.000Z'))).toBe('00:15');
    // And not yet the next day an hour earlier.
    expect(localDay('2026-10-31T22:30:00.000Z')).toBe('2026-10-31');
  });

  it('keeps a plain day as it is, and what is no date as given', () => {
    expect(localDay('2027-02-28')).toBe('2027-02-28');
    expect(localDay('onbekend')).toBe('onbekend');
    expect(localTime('onbekend')).toBe('');
  });

  it('puts a given time of day on a given day in Druten, across a change of summer time', () => {
    const at = new Date('2026-12-02T23:40:00.000Z'); // 00:40 on 3 December in Druten
    expect(onLocalDay('2027-01-15', at).toISOString()).toBe('2027-01-14T23:40:00.000Z');
    expect(onLocalDay('2027-07-01', at).toISOString()).toBe('2027-06-30T22:40:00.000Z');
    expect(localDay(onLocalDay('2027-03-28', at))).toBe('2027-03-28');
  });
});
