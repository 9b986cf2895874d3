// The small parts of reading: headings to fields (and a table whose headings are all written short), cell values
// to text, party and year from titles and file names.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/imports/cell-text';
import { matchHeader } from '../../src/imports/columns';
import { findHints, findYear, partyFragment } from '../../src/imports/hints';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { saveWorkbook } from '../helpers/workbook';

describe('headings to fields', () => {
  it.each([
    ['Activiteit', 'activity'],
    ['Omschrijving activiteit', 'activity'],
    ['Wat gaan we doen?', 'activity'],
    ['Actie', 'activity'],
    ['Maatregel', 'activity'],
    ['Inzet', 'activity'],
    ['Activiteit: wat gaan we doen?', 'activity'],
    ['Afspraak', 'agreementRef'],
    ['Ref', 'agreementRef'],
    ['Bij', 'agreementRef'],
    ['Nummer afspraak', 'agreementRef'],
    ['Nr. afspraak', 'agreementRef'],
    ['Afspraaknummer', 'agreementRef'],
    ['Afspraak nr.', 'agreementRef'],
    ['Prestatieafspraak', 'agreementRef'],
    ['Koppeling PA', 'agreementRef'],
    ['PA', 'agreementRef'],
    ['Hoofdstuk PA', 'topicContext'],
    ['Rol HBD', 'role'],
    ['Maand', 'planning'],
    // A bare number column numbers the partner's own rows.
    ['Nr.', 'rowLabel'],
    ['Nr', 'rowLabel'],
    ['Nummer', 'rowLabel'],
    ['Volgnr.', 'rowLabel'],
    ['Volgnummer', 'rowLabel'],
    ['#', 'rowLabel'],
    ['Nr. activiteit', 'rowLabel'],
    ['Thema', 'topicContext'],
    ['Onderwerp', 'topicContext'],
    ['Paragraaf', 'topicContext'],
    ['Par.', 'topicContext'],
    ['Hoofdstuk', 'topicContext'],
    ['Thema/paragraaf', 'topicContext'],
    ['Trekker', 'lead'],
    ['Trekker(s)', 'lead'],
    ['Uitvoerder', 'lead'],
    ['Verantwoordelijke', 'lead'],
    ['Eigenaar', 'lead'],
    ['Wie', 'lead'],
    ['Budget', 'budget'],
    ['Budget (€)', 'budget'],
    ['Kosten', 'budget'],
    ['Kosten (€)', 'budget'],
    ['Bedrag', 'budget'],
    ['Begroting', 'budget'],
    ['Investering', 'budget'],
    ['Wat hebben we nodig (van wie)?', 'needs'],
    // The question of the cycle in the partners' own words: what they need from the others.
    ['Wat hebben we van de andere partijen nodig?', 'needs'],
    ['Wat vragen we van gemeente / HBD', 'needs'],
    ['Wat vragen we van anderen', 'needs'],
    ['Wie doet mee', 'involved'],
    ['Ond', 'topicContext'],
    ['Nodig van andere partijen', 'needs'],
    ['Vraag aan', 'needs'],
    ['Van wie', 'needsFrom'],
    ['Rol', 'role'],
    ['Rol gemeente', 'role'],
    ['Onze rol', 'role'],
    ['Planning', 'planning'],
    ['Wanneer', 'planning'],
    ['Termijn', 'planning'],
    ['Periode', 'planning'],
    ['Kwartaal', 'planning'],
    ['Betrokken', 'involved'],
    ['Partners', 'involved'],
    ['Samen met', 'involved'],
    ['Ambitie', 'ambition'],
    ['Link met ambities', 'ambition'],
    ['Doel', 'ambition'],
    ['Toelichting', 'notes'],
    ['Opmerkingen', 'notes'],
    ['Status', 'notes'],
    ['Sleutel', 'key'],
    // Case, punctuation, line breaks, typing errors, a phrase in a longer heading.
    ['WAT GAAN WE DOEN', 'activity'],
    ['Omschrij-\nving activiteit', 'activity'],
    ['Activitiet', 'activity'],
    ['Planing', 'planning'],
    ['Betrokken\npartijen', 'involved'],
    ['Planning 2027', 'planning'],
    ['Rol van de gemeente (kies)', 'role'],
    // "Wie" alone is the trekker; with more words it is who else takes part or is asked.
    ['Samen met wie', 'involved'],
    ['Met wie', 'involved'],
    ['Nodig van wie', 'needsFrom'],
    ['Budget 2027', 'budget'],
    // An adviser's template in English.
    ['Action', 'activity'],
    ['Owner', 'lead'],
    ['Link to agreement', 'agreementRef'],
    ['Timing', 'planning'],
    ['Notes', 'notes'],
    // A board exported from Planner or Trello: the card is the activity, its due date the planning.
    ['Kaart', 'activity'],
    ['Titel', 'activity'],
    ['Vervaldatum', 'planning'],
    ['Kaartnaam', 'activity'],
    ['Kaart-ID', 'rowLabel'],
    ['Id', 'rowLabel'],
    // A tenant organisation's volunteers in their own words: what they want and will do, who else must do what, what is going on.
    ['Wat willen wij / wat hebben we gemerkt', 'activity'],
    ['Wat wij willen / gaan doen', 'activity'],
    ['Wie moet er wat doen', 'needs'],
    ['Wat speelt er', 'topicContext'],
    // Who carries the work out in the year, and the plan for it beside a project's name.
    ['Uitvoering 2028', 'lead'],
    ['In 2028', 'activity'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  // Whom a promise is made to is neither who does the work nor whom it needs; "Aan wie" is no typing error of "Van wie".
  it.each(['Doelgroep', 'Kostenplaats', 'Projectnummer', '2027', '', '##', 'Activiteitenoverzicht Woonwaarts 2027', 'Aan wie', 'Gedaan aan', 'maart', 'Bijlage / link'])('%s is not a known field', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('scores an exact heading above a typo, and a typo above a phrase inside a longer heading', () => {
    const exact = matchHeader('Planning')?.score ?? 0;
    const typo = matchHeader('Planing')?.score ?? 0;
    const inside = matchHeader('Planning en fasering 2027')?.score ?? 0;
    expect(exact).toBe(1);
    expect(typo).toBeLessThan(exact);
    expect(inside).toBeLessThan(typo);
  });

  it.each([
    ['Act.', 'activity'],
    ['Omschr.', 'activity'],
    ['Trekk.', 'lead'],
    ['Toel.', 'notes'],
    ['Opm.', 'notes'],
    ['Betr.', 'involved'],
    ['Rol gem.', 'role'],
    ['Afspr.nr', 'agreementRef'],
    ['Wnr', 'planning'],
    ['Met', 'involved'],
  ])('reads the heading written short %s as %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
    expect(matchHeader(header)?.score ?? 0).toBeGreaterThanOrEqual(0.85);
  });

  it.each(['Aant.', 'V.', 'A.', 'Org.'])('reads %s, cut short from no heading of ours, as no known field', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('reads a partner\'s table whose headings are all written short', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('PA 2028');
    ws.getCell('A1').value = 'HBD actpl. 2028 gem. Druten';
    ws.getRow(3).values = ['#', 'Act.', 'Met', 'Wnr', 'Toel.'];
    ws.getRow(4).values = [1, 'WS Deest-Noord: HO organiseert, WW + gem. lopen mee', 'WW, gem.', 'mei', 'i.s.m. wijkbeheerder'];
    ws.getRow(5).values = [2, 'ALV + 3x HBD-nieuws', 'leden', 'Q2', ''];
    const r = await readActivityWorkbook(await saveWorkbook(wb), 'HBD actpl. 2028 gem. Druten.xlsx', { planningYear: 2028 });
    expect(r.columns.map((c) => c.field)).toEqual(['rowLabel', 'activity', 'involved', 'planning', 'notes']);
    expect(r.activities.map((a) => a.activity)).toEqual(['WS Deest-Noord: HO organiseert, WW + gem. lopen mee', 'ALV + 3x HBD-nieuws']);
  });

  it('reads a heading of ours with its year after it as ours ("Activiteit 2028"), a planning with its year as a planning', () => {
    expect(matchHeader('Activiteit 2028')).toEqual({ field: 'activity', score: 1 });
    expect(matchHeader('Acties in 2027')).toEqual({ field: 'activity', score: 1 });
    expect(matchHeader('Planning 2028')?.field).toBe('planning');
    expect(matchHeader('Planning 2028')?.score).toBeLessThan(1);
  });
});

describe('cell values to text', () => {
  it('writes numbers, percentages, money, booleans, dates and times as a Dutch reader sees them', () => {
    expect(cellText(1.5).text).toBe('1,5');
    expect(cellText(8500000, '#,##0').text).toBe('8.500.000');
    expect(cellText(0.25, '0%').text).toBe('25%');
    expect(cellText(1250, '"€" #,##0.00').text).toBe('€ 1.250');
    expect(cellText(true).text).toBe('WAAR');
    expect(cellText(new Date(Date.UTC(2027, 2, 1)), 'd-m-yyyy').text).toBe('1 maart 2027');
    expect(cellText(new Date(Date.UTC(2027, 8, 1)), 'mmm-yy').text).toBe('september 2027');
    expect(cellText(new Date(Date.UTC(2027, 0, 1)), 'yyyy').text).toBe('2027');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 14, 30)), 'h:mm').text).toBe('14:30');
  });

  it('flattens rich text and hyperlinks, keeps line breaks, and uses a formula\'s cached result', () => {
    expect(cellText({ richText: [{ text: 'Eerste regel\r\n' }, { text: 'tweede', font: { bold: true } }] }).text).toBe('Eerste regel\ntweede');
    expect(cellText({ text: 'website', hyperlink: 'https://example.nl' }).text).toBe('website');
    expect(cellText({ text: '', hyperlink: 'https://example.nl' }).text).toBe('https://example.nl');
    expect(cellText({ formula: 'COUNTA(C6:C14)', result: 6 })).toEqual({ text: '6', formula: 'COUNTA(C6:C14)' });
    expect(cellText({ formula: 'A1&B1' })).toEqual({ text: '', formula: 'A1&B1', formulaWithoutValue: 'A1&B1' });
    expect(cellText({ error: '#REF!' })).toEqual({ text: '#REF!', error: '#REF!' });
    expect(cellText('  tekst\u00a0met  \n')).toEqual({ text: 'tekst met' });
  });
});

describe('party and year from titles and file names', () => {
  it.each([
    ['Activiteitenoverzicht Woonwaarts 2027', 2027],
    ['Prestatieafspraken 2025-2028: activiteiten 2027', 2027],
    ['Prestatieafspraken Druten 2025 – 2028', undefined],
    ['HBD activiteiten 2027 def', 2027],
    ['Versie 1.2026', undefined],
    ['Woonwaarts – gemeente Druten: terugblik 2027 en planning 2028', 2028],
    ['Verantwoording 2026', 2026],
    // A progress list sent as the plan: the year planned, not the year of its state.
    ['HBD voortgang 2026 en plannen 2027', 2027],
    ['Woonwaarts voortgang PA Druten 30-09-2026 - plan 2027 v2', 2027],
    ['Voortgangslijst wonen gemeente Druten stand 1 okt 2027 (voor plan 2028)', 2028],
    ['Jaarplan 2027 met een doorkijk naar 2028', 2027],
  ])('year in %s', (text, year) => {
    expect(findYear(text)).toBe(year);
  });

  it.each([
    ['Activiteitenoverzicht Woonwaarts 2027', 'Woonwaarts'],
    ['HBD_activiteiten_2027_def.xlsx', 'HBD'],
    ['HBD jaarkalender 2027.xlsx', 'HBD'],
    ['De Kernen activiteitenkaarten Druten 2027.xlsx', 'De Kernen'],
    ['Bewonersraad plan en begroting 2028.xlsx', 'Bewonersraad'],
    ['Kopie van Bewonersraad De Kernen - jaarplan 2027 (2).xlsx', 'Bewonersraad De Kernen'],
    ['De Kernen – activiteitenoverzicht gemeente Druten 2027', 'De Kernen'],
    ['Activiteiten van de gemeente Druten, planningsjaar 2027', 'de gemeente Druten'],
    ['Prestatieafspraken Druten 2025-2028', null],
    ['Activiteitenoverzicht_2027_v3_def.xlsx', null],
    ['Memo De Kernen activiteiten 2026.xlsx', 'De Kernen'],
    ['Input voor het activiteitenoverzicht 2026 – concept', null],
    // The werkgroep's instructions on a tab of the overview sent back name no party.
    ['Toelichting bij het gezamenlijk activiteitenoverzicht 2026', null],
    // A part of the begroting, sent for the overview: the title names no party, the file name does.
    ['Uitsnede t.b.v. activiteitenoverzicht prestatieafspraken 2028', null],
    ['Gemeente Druten - uitsnede begroting 2028 P3 Wonen.xlsx', 'Gemeente Druten'],
  ])('party in %s', (text, party) => {
    expect(partyFragment(text)).toBe(party);
  });

  it('prefers a telling title over the file name, and falls back to the file name', () => {
    expect(findHints({ own: ['Overzicht 2026'], other: ['Toelichting bij het gezamenlijk activiteitenoverzicht 2026'] }, 'HBD reactie gezamenlijk overzicht 2026.xlsx').partyHint).toBe('HBD');
    expect(findHints({ own: ['Blad1', 'Activiteitenoverzicht Woonwaarts 2027'], other: [] }, 'export.xlsx')).toEqual({ partyHint: 'Woonwaarts', yearHint: 2027 });
    expect(findHints({ own: ['Blad1'], other: ['mei 2026'] }, 'HBD_activiteiten_2027_def.xlsx')).toEqual({ partyHint: 'HBD', yearHint: 2027 });
    expect(findHints({ own: ['Activiteiten 2027'], other: [] }, 'Woonwaarts 2026.xlsx')).toEqual({
      partyHint: 'Woonwaarts',
      yearHint: 2027,
      conflictingYears: [2027, 2026],
    });
  });
});

describe('the year planned, where a file names more', () => {
  it('takes the year a title or the file name names as planned over a sheet named for the year of the state', () => {
    const hints = findHints({ own: ['Voortgang 2026', 'HBD – voortgang 2026 en plannen 2027 (gemeente Druten)'], other: [] }, 'HBD voortgang 2026 en plannen 2027.xlsx');
    expect(hints.yearHint).toBe(2027);
    expect(hints.conflictingYears).toBeUndefined();
  });
});
