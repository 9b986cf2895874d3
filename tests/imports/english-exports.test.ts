// Exports of English-language systems with Dutch content, as partners send them: a case system's "Subject"
// beside its "Description", Asana's "Name" beside "Projects" (the project's name on nearly every row), the
// tool's own "Sample task" and "Untitled" items, a task copied ("Copy of …").
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { partnerSheet } from '../helpers/workbook';

async function readRows(header: string[], rows: string[][], fileName: string): Promise<ReadWorkbook> {
  return readActivityWorkbook(await partnerSheet(header, rows, { sheet: 'Export' }), fileName, { planningYear: 2027 });
}

describe("an English-language system's export", () => {
  it('reads a case\'s "Subject" with its "Description" as the activity, and a case copied as the copy it is', async () => {
    const r = await readRows(
      ['Case ID', 'Subject', 'Description', 'Owner', 'Status'],
      [
        ['CASE-00412', 'Planmonitor woningbouw 2027', 'Planmonitor bijwerken en delen met WW, DK, HBD en Bewonersraad', 'Sanne Peters', 'Open'],
        ['CASE-00413', 'Overlegtafel leefbaarheid', 'Drie keer per jaar de overlegtafel voorzitten, signalen bundelen', 'Sanne Peters', 'Open'],
        ['CASE-00466', 'Copy of Planmonitor woningbouw 2027', 'Planmonitor bijwerken en delen met WW, DK, HBD en Bewonersraad', 'Sanne Peters', 'Open'],
      ],
      'Cases_Team_Wonen_export.xlsx',
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Planmonitor woningbouw 2027: Planmonitor bijwerken en delen met WW, DK, HBD en Bewonersraad',
      'Overlegtafel leefbaarheid: Drie keer per jaar de overlegtafel voorzitten, signalen bundelen',
    ]);
  });

  it('reads Asana\'s task names without the project beside them, and its sample and untitled items as no activity', async () => {
    const r = await readRows(
      ['Task ID', 'Name', 'Assignee', 'Due Date', 'Projects'],
      [
        ['1206118830471102', 'Sample task', '', '', 'HBD – PA Druten'],
        ['1206118830471103', 'Wijkschouw Druten-Zuid: bewoners uitnodigen en route lopen', 'Ria Gerritsen', '2027-05-18', 'HBD – PA Druten'],
        ['1206118830471104', 'Lotingcijfers WW bespreken in het bestuur', 'Kees Jansen', '2027-03-10', 'HBD – PA Druten'],
        ['1206118830471105', 'Untitled', '', '', 'HBD – PA Druten'],
        ['1206118830471106', 'Nieuwsbrief voorjaar met tips over tuinen', 'Ria Gerritsen', '2027-04-01', 'HBD – PA Druten'],
        ['1206118830471107', 'Huurdersavond Winssen', 'Kees Jansen', '2027-09-12', 'HBD – PA Beuningen'],
      ],
      'HBD PA Druten 2027 (asana export).xlsx',
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Wijkschouw Druten-Zuid: bewoners uitnodigen en route lopen',
      'Lotingcijfers WW bespreken in het bestuur',
      'Nieuwsbrief voorjaar met tips over tuinen',
      'Huurdersavond Winssen',
    ]);
    expect(r.problems.filter((p) => p.code === 'no-activity-text').map((p) => p.row)).toEqual([2, 5]);
  });
});
