// A partner's file that went back and forth with the werkgroep's secretary: a reference the secretary questioned
// beside the row ("verhuiscoach? of 4.1 bij 4 (2)?"), or that the partner's own answer gives up ("klopt, dan geen
// PA-rij"), is no longer a fact of the file: the secretary chooses. A reference nobody questioned stays the file's.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';
import { partnerSheet } from '../helpers/workbook';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;

beforeAll(() => {
  tmp = tempDir('werkbank-disputed-');
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'test' });
  api = werkbank.api;
});

afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

async function preview(rows: string[][]): Promise<ImportPreview> {
  const data = await partnerSheet(['Activiteit', 'Met wie', 'Wanneer', 'PA-nr', 'Opm. secretaris', 'Reactie HBD'], rows, { title: 'HBD activiteiten 2028 – met reactie' });
  return api.previewImport({ file: { name: 'HBD 2028 met reactie.xlsx', data: data.toString('base64') }, partyId: 'hbd', planningYear: 2028 });
}

const linkOf = (p: ImportPreview, row: number) => p.activities.find((a) => a.rowNumber === row)?.link;

describe('a reference disputed beside the row', () => {
  it('makes a choice between the reference and the afspraak a remark names, and says why', async () => {
    const p = await preview([
      ['Nieuwbouw Hoge Hof Afferden: meedenken over brief en infomiddag voor 55+ in eengezinswoningen', 'WW', 'sept', '4.1 bij 3', 'verhuiscoach? of 4.1 bij 4 (2)?', 'bedoeld: senioren benaderen bij nieuwbouw'],
    ]);
    const link = linkOf(p, 4);
    expect(link?.status).toBe('choice');
    expect(link?.agreementId).toBeNull();
    expect(link?.alternatives.map((a) => a.reference)).toContain('4.1 bij 4 (2)');
    expect(link?.alternatives.find((a) => a.reference === '4.1 bij 4 (2)')?.reasons).toContain('genoemd in "Opm. secretaris"');
    expect(p.problems.find((pr) => pr.code === 'reference-disputed')?.message).toContain('bij "Opm. secretaris" staat "verhuiscoach? of 4.1 bij 4 (2)?"');
  });

  it("leaves the row without afspraak where the partner's answer says it has none", async () => {
    const p = await preview([
      ['Huurverhoging 2028: advies aan WW namens de huurders', 'WW', 'april', '2.2 bij 3', '2.2 bij 3 gaat over label D–G, dit is het algemene huuradvies?', 'klopt, dan geen PA-rij'],
    ]);
    const link = linkOf(p, 4);
    expect(link?.status).not.toBe('reference');
    expect(p.problems.find((pr) => pr.code === 'reference-disputed')?.message).toContain('bij "Reactie HBD" staat "klopt, dan geen PA-rij"; kies de afspraak of geen afspraak');
  });

  it('keeps a reference nobody questioned, and one a remark confirms', async () => {
    const p = await preview([
      ['Huurverhoging 1 juli 2028: advies op 0% voor label D t/m G', 'WW', 'april', '2.2 bij 3', '', ''],
      ['Advies op de huurbevriezing voor woningen met label D t/m G', 'WW', 'mei', '2.2 bij 3', 'klopt 2.2 bij 3?', 'ja'],
    ]);
    // Followed, not disputed: a proposal only because 2.2 bij 3 was agreed for 2025, not for this plan's 2028.
    for (const row of [4, 5]) expect(linkOf(p, row)).toMatchObject({ status: 'proposed', reference: '2.2 bij 3' });
    expect(p.problems.filter((pr) => pr.code === 'reference-disputed')).toEqual([]);
    expect(p.problems.filter((pr) => pr.code === 'reference-not-running').map((pr) => pr.row)).toEqual([4, 5]);
  });
});
