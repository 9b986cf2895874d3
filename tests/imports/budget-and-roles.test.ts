// A budget as partners type it, and the gemeente's roles in one spelling:
// the values a secretary would otherwise retype by hand.
import { describe, expect, it } from 'vitest';
import { readAmount } from '../../src/imports/amounts';
import { readRoles } from '../../src/imports/roles';

describe('an amount in euros as typed in a budget column', () => {
  it.each([
    ['15000', 15_000],
    ['0', 0],
    ['€ 25.000', 25_000],
    ['€25.000,-', 25_000],
    ['25.000 euro', 25_000],
    ['EUR 8.500.000', 8_500_000],
    ['€ 1.250,50', 1_250.5],
    ['1250,5', 1_250.5],
    ['25 000', 25_000],
    ['ca. € 45.000', 45_000],
    ['25k', 25_000],
    ['€ 25K', 25_000],
    ['2,4 mln', 2_400_000],
    ['€ 2,4 miljoen', 2_400_000],
    ['1,250.50', 1_250.5],
  ])('%s is € %d', (text, value) => {
    expect(readAmount(text)).toEqual({ kind: 'amount', value });
  });

  it.each(['n.v.t.', 'nvt', 'p.m.', 'PM', '-', 'nog niet bekend'])('%s says there is no amount', (text) => {
    expect(readAmount(text)).toEqual({ kind: 'none' });
  });

  // Each of these has more than one reading, or none: the user is asked, nothing is guessed.
  it.each([
    '25,000',
    '12.5',
    '1.250 k',
    'eigen middelen',
    'binnen bestaand budget',
    '20.000 - 30.000',
    '€ 25.000 per jaar',
    'ca. 2 fte',
    '-5000',
  ])('%s is not read as an amount', (text) => {
    expect(readAmount(text)).toEqual({ kind: 'unreadable' });
  });
});

describe("the gemeente's roles in one spelling", () => {
  it.each([
    ['Faciliteren', 'faciliteren'],
    ['KADERS STELLEN', 'kaders stellen'],
    ['kaderstellen', 'kaders stellen'],
    ['Kaders-stellen', 'kaders stellen'],
    ['Facilteren', 'faciliteren'],
    ['Faciliteren/ financieren', 'faciliteren, financieren'],
    ['uitvoeren, organiseren', 'uitvoeren, organiseren'],
    ['Uitvoeren en financieren', 'uitvoeren, financieren'],
    ['Organiseren / organiseren', 'organiseren'],
    ['Financieren\nFaciliteren', 'financieren, faciliteren'],
  ])('%j → %j', (written, read) => {
    expect(readRoles(written)).toBe(read);
  });

  it.each(['communicatie met huurders', 'meedenken en adviseren', 'mede-organiseren', 'Faciliteren (grond)', 'Faciliteren en communicatie', 'signaleren'])(
    '%j is kept exactly as written',
    (written) => {
      expect(readRoles(written)).toBe(written);
    },
  );
});
