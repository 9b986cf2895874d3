// The dates people write in an agreed follow-up, and which of them have passed on a document's date.
import { describe, expect, it } from 'vitest';
import { datesPassed, datesWritten } from '../../src/domain/dates-in-text';

describe('the dates written in a text', () => {
  it('reads a day written out, shortened or in figures, and a month of a year as its last day', () => {
    expect(datesWritten('De gemeente plant vóór 1 oktober 2026 de eerste bijeenkomst')).toEqual([{ text: '1 oktober 2026', lastDay: '2026-10-01' }]);
    expect(datesWritten('uiterlijk 15 sept. 2027, daarna 3 febr 2028')).toEqual([
      { text: '15 sept. 2027', lastDay: '2027-09-15' },
      { text: '3 febr 2028', lastDay: '2028-02-03' },
    ]);
    expect(datesWritten('Concept klaar op 1-10-2026, reactie 01/11/2026')).toEqual([
      { text: '1-10-2026', lastDay: '2026-10-01' },
      { text: '01/11/2026', lastDay: '2026-11-01' },
    ]);
    expect(datesWritten('Voorstel in het BO van Februari 2027')).toEqual([{ text: 'Februari 2027', lastDay: '2027-02-28' }]);
  });

  it('reads no date in a period, a reference, a quarter or a day that the calendar lacks', () => {
    expect(datesWritten('Prestatieafspraken 2025-2028, afspraak 4.2 bij 5, in Q3 2026 en in het BO van november')).toEqual([]);
    expect(datesWritten('31-2-2027 of 30 februari 2027, en 12-13-2027')).toEqual([]);
    expect(datesWritten('Meimaand 2027, decembermaand')).toEqual([]);
  });
});

describe('the dates passed on a day', () => {
  it('holds the dates wholly before the day, not the day itself nor a month still running', () => {
    const followUp = 'Eerste bijeenkomst vóór 1 oktober 2026; voorstel op 1 november 2026; besluit in november 2026 en uiterlijk 1 maart 2027';
    expect(datesPassed(followUp, '2026-11-01').map((d) => d.text)).toEqual(['1 oktober 2026']);
    expect(datesPassed(followUp, '2026-12-01').map((d) => d.text)).toEqual(['1 oktober 2026', '1 november 2026', 'november 2026']);
    expect(datesPassed(followUp, '2026-09-30')).toEqual([]);
  });
});
