// A needs column whose heading says whom its requests are for: "Nodig van
// gemeente/huurders" in Woonwaarts' own 2027 overview. The column is read as
// what is needed, and the heading's parties are kept for the bundle, which
// reads them as the asked parties where a row says nobody.
import { beforeAll, describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/imports/columns';
import { namesInNeedsHeader } from '../../src/domain/needs-header';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { LABELLED_FILES } from '../fixtures/labelled-activities';

describe('the parties a needs heading names', () => {
  it('reads the heading as the needs column, not as “Van wie?”', () => {
    expect(matchHeader('Nodig van gemeente/huurders')?.field).toBe('needs');
    expect(matchHeader('Wat hebben we nodig van de gemeente?')?.field).toBe('needs');
    expect(matchHeader('Nodig van wie')?.field).toBe('needsFrom');
  });

  it('names the parties after “van” or “aan”, as written', () => {
    expect(namesInNeedsHeader('Nodig van gemeente/huurders')).toEqual(['gemeente', 'huurders']);
    expect(namesInNeedsHeader('Nodig van\ngemeente / huurders')).toEqual(['gemeente', 'huurders']);
    expect(namesInNeedsHeader('Wat hebben we nodig van de gemeente?')).toEqual(['de gemeente']);
    expect(namesInNeedsHeader('Nodig van gemeente, corporaties en HBD')).toEqual(['gemeente', 'corporaties', 'HBD']);
    expect(namesInNeedsHeader('Vraag aan de gemeente of de corporaties')).toEqual(['de gemeente', 'de corporaties']);
  });

  it('names nobody in a heading that says “from others” or asks “from whom”', () => {
    for (const heading of [
      'Wat hebben we nodig (van wie)?',
      'Wat hebben we nodig van andere partijen?',
      'Nodig van anderen',
      'Nodig van andere partijen',
      'Verwachting van partners',
      'Wat hebben we nodig?',
      'Nodig',
    ]) {
      expect(namesInNeedsHeader(heading), heading).toEqual([]);
    }
  });
});

describe('Woonwaarts 2027, own layout with “Nodig van gemeente/huurders”', () => {
  let read: ReadWorkbook;
  beforeAll(async () => {
    const file = LABELLED_FILES.find((f) => f.partyId === 'woonwaarts' && f.planningYear === 2027);
    if (!file) throw new Error('fixture');
    read = await readActivityWorkbook(await file.build(), file.fileName);
  });

  it('keeps the heading with the needs column, and the needs as written, with nobody in “Van wie?”', () => {
    expect(read.columns.find((c) => c.field === 'needs')).toEqual({ header: 'Nodig van gemeente/huurders', column: 'D', field: 'needs' });
    expect(read.columns.some((c) => c.field === 'needsFrom')).toBe(false);
    const zonnepanelen = read.activities.find((a) => a.activity.startsWith('Zonnepanelen en elektrisch koken'));
    expect(zonnepanelen).toMatchObject({ needs: 'Huurders: 70% instemming per complex' });
    expect(zonnepanelen?.needsFrom).toBeUndefined();
    expect(namesInNeedsHeader(read.columns.find((c) => c.field === 'needs')?.header ?? '')).toEqual(['gemeente', 'huurders']);
  });
});
