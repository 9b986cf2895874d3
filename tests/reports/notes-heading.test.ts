// A party's notes go out under the heading it wrote them under when that says what they are
// ("Stand van zaken 2026: …"), and as a Toelichting under a plain "Opmerkingen"; in Word and in Excel.
import { describe, expect, it } from 'vitest';
import { computeJointOverview } from '../../src/bundle/compute';
import { writeJointOverviewDocx, writeJointOverviewXlsx } from '../../src/reports/joint-overview';
import { XLSX_SHEETS } from '../../src/reports/joint-overview-xlsx';
import { notesLabel } from '../../src/reports/labels';
import { loadRealAgreementData, realisticBundleInput } from '../fixtures/bundle-activities';
import { docxPart, norm, xmlToText } from '../helpers/office';
import { loadWorkbook, sheetRows } from '../helpers/sheet-rows';

const NOTE = 'Vervolg op het onderzoek uit 2025.';

describe('the heading of a party\'s notes', () => {
  it('is the label of its notes in the Word and Excel overview when it says what they are', async () => {
    const input = realisticBundleInput(await loadRealAgreementData());
    input.submissions = input.submissions.map((s) => (s.partyId === 'gemeente' ? { ...s, notesHeader: 'Stand van zaken 2026' } : s));
    const overview = computeJointOverview(input);
    const xml = norm(xmlToText(await docxPart(await writeJointOverviewDocx(overview), 'word/document.xml')));
    expect(xml).toContain(norm(`Stand van zaken 2026: ${NOTE}`));
    expect(xml).not.toContain(norm(`Toelichting: ${NOTE}`));
    const rows = sheetRows(await loadWorkbook(await writeJointOverviewXlsx(overview)), XLSX_SHEETS.activities);
    expect(rows.map((r) => r.Toelichting)).toContain(`Stand van zaken 2026: ${NOTE}`);
  });

  it('says Toelichting for a plain remarks heading, none, or one too long to be a label', () => {
    const party = (notesHeader?: string) =>
      ({ id: 'x', name: 'X', shortName: 'X', kind: 'corporation', state: 'submitted', activityCount: 1, submission: { version: 1, versionCount: 1, fileName: 'x.xlsx', importedAt: '', ...(notesHeader ? { notesHeader } : {}) } }) as const;
    expect(notesLabel(party('Opmerkingen'))).toBe('Toelichting');
    expect(notesLabel(party('Opm.:'))).toBe('Toelichting');
    expect(notesLabel(party())).toBe('Toelichting');
    expect(notesLabel(undefined)).toBe('Toelichting');
    expect(notesLabel(party('Stand 2026'))).toBe('Stand 2026');
    expect(notesLabel(party('Hoe ging het?'))).toBe('Hoe ging het');
  });
});
