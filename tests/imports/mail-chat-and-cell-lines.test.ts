// Sheets filled from a mail or a chat, and cells with lines of their own: a message's moment and sender are no
// planning and no work, a greeting with them is the mail's, a colleague asked by name is a note to self; a status
// or planning typed under the activity in its cell is read as that column; and a row that only points at the row
// above ("idem in Deest") is written out with what it points at, so the joint overview, which groups rows by
// afspraak, can be read without the partner's sheet beside it.
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { partnerSheet } from '../helpers/workbook';

async function readRows(header: string[], rows: string[][], fileName: string, planningYear: number): Promise<ReadWorkbook> {
  return readActivityWorkbook(await partnerSheet(header, rows, { title: fileName.replace(/\.xlsx$/, '') }), fileName, { planningYear, municipality: 'Druten' });
}

const texts = (r: ReadWorkbook): string[] => r.activities.map((a) => a.activity);
const noteRows = (r: ReadWorkbook): number[] => r.notes.map((n) => n.row).sort((a, b) => a - b);

describe('a mail or a chat pasted into the sheet', () => {
  it('reads "Bericht" as the activity, the moment of each message as no planning, and greetings and questions to colleagues as notes', async () => {
    const r = await readRows(
      ['Datum', 'Van', 'Bericht', 'Thema'],
      [
        ['12-05-2026 09:14', 'Marloes Jansen', 'Hoi allen, hierbij onze punten voor 2027, vul maar aan waar nodig:', ''],
        ['12-05-2026 09:15', 'Marloes Jansen', 'Wij gaan in 2027 de laatste 38 woningen met label E, F of G in Wilgenland isoleren', 'duurzaamheid'],
        ['12-05-2026 09:40', 'Sanne de Wit', '@Kees kun jij dit nog aanvullen met de datum van het afstemmingsoverleg statushouders?', ''],
        ['12-05-2026 10:02', 'Kees', 'Verhuiscoach gaat door in 2027, doel 30 senioren begeleiden naar een kleinere woning', 'wonen'],
      ],
      'WW input PA Druten 2027 - Teams.xlsx',
      2027,
    );
    expect(r.columns.find((c) => c.field === 'activity')?.header).toBe('Bericht');
    expect(r.columns.find((c) => c.header === 'Datum')?.field).toBeNull();
    expect(texts(r)).toEqual([
      'Wij gaan in 2027 de laatste 38 woningen met label E, F of G in Wilgenland isoleren',
      'Verhuiscoach gaat door in 2027, doel 30 senioren begeleiden naar een kleinere woning',
    ]);
    expect(r.activities.every((a) => a.planning === undefined)).toBe(true);
    expect(noteRows(r)).toEqual([4, 6]);
    expectPlacesInMessages(r);
  });

  it('keeps the talk of a chat as notes, a day beside a time as no planning, and the message that takes the work on as the activity', async () => {
    const r = await readRows(
      ['Datum', 'Tijd', 'Naam', 'Bericht'],
      [
        ['09-06-2026', '09:02', 'Marloes de Vries', 'Goedemorgen! Vóór 1 juli moet ons overzicht 2027 naar de werkgroep. Zullen we op een rij zetten wat we doen?'],
        ['09-06-2026', '09:05', 'Anja', 'Anja heeft Ruud (Woonwaarts) toegevoegd'],
        ['09-06-2026', '09:07', 'Ruud', 'Dank! Vraag van ons: willen jullie in 2027 weer de wijkschouw trekken, dit keer in Deest?'],
        ['09-06-2026', '09:10', 'Marloes de Vries', 'Ok dan neem ik die sessie: in april met de corporaties bespreken wat ontmoeting voor bewoners betekent'],
        ['09-06-2026', '09:11', 'Ruud', 'top, doen we'],
        ['09-06-2026', '09:12', 'Ruud', 'En een huurdersavond in Druten-Zuid in het najaar?'],
        ['09-06-2026', '09:15', 'Ingrid', 'https://www.druten.nl/energieloket'],
        ['09-06-2026', '09:20', 'Ingrid', 'correctie: niet oktober maar september, anders zitten we in de begrotingsweken'],
        ['09-06-2026', '09:21', 'Ingrid', '😂 een website die werkt, dat wil ik zien'],
        ['09-06-2026', '09:30', 'Ingrid', 'Voor Wijchen doe ik in 2027 ook de planmonitor, dat loopt via de gedeelde dienst'],
        ['09-06-2026', '09:31', 'Ingrid', 'Ik plan in oktober het planmonitorgesprek met de corporaties en de huurdersorganisaties'],
      ],
      'Gemeente Druten - Teams-chat PA 2027.xlsx',
      2027,
    );
    expect(texts(r)).toEqual([
      'Ok dan neem ik die sessie: in april met de corporaties bespreken wat ontmoeting voor bewoners betekent',
      'Ik plan in oktober het planmonitorgesprek met de corporaties en de huurdersorganisaties',
    ]);
    expect(r.activities.every((a) => a.planning === undefined)).toBe(true);
    // A calendar's days beside its times are its planning: they spread over the year.
    const calendar = await readRows(
      ['Datum', 'Tijd', 'Wat', 'Waar'],
      [
        ['14-03-2027', '19:30', 'Huurdersavond over de huurverhoging', 'Dorpshuis Horssen'],
        ['12-10-2027', '14:00', 'Energiefestival met De Kernen', 'Dorpshuis Horssen'],
      ],
      'Bewonersraad kalender 2027.xlsx',
      2027,
    );
    expect(calendar.activities.map((a) => a.planning)).toEqual(['14-03-2027', '12-10-2027']);
    const why = (row: number): string => r.problems.find((p) => p.row === row)?.message ?? '';
    expect(why(5)).toContain('is een melding van de app');
    expect(why(6)).toContain('vraagt een ander om het werk te doen');
    expect(why(8)).toContain('stemt alleen in');
    expect(why(11)).toContain('verbetert een eerder bericht');
    expect(why(13)).toContain('werk in "Wijchen", niet in Druten');
    expectPlacesInMessages(r);
  });

  it('reads a "Tekst mail" column as the activity where the headings beside it name no other field firmly', async () => {
    const r = await readRows(
      ['Tekst mail', 'Thema (wg)', 'Opm.'],
      [
        ['Bij elke cv-ketel die aan vervanging toe is plaatsen we een hybride warmtepomp, zo’n 30 woningen in 2028', 'Duurzaamheid', ''],
        ['De 33 woningen Molenstraat zijn eind 2026 allemaal opgeleverd 🎉', '', ''],
        ['groet, Anouk', '', ''],
      ],
      'FW activiteiten Horssen 2028 - De Kernen.xlsx',
      2028,
    );
    expect(texts(r)).toEqual(['Bij elke cv-ketel die aan vervanging toe is plaatsen we een hybride warmtepomp, zo’n 30 woningen in 2028']);
    expect(r.problems.find((p) => p.row === 5)?.message).toContain('zegt zelf dat het al gedaan is');
  });

  it('keeps notes to self in their other shapes as notes; work that checks or asks stays work', async () => {
    const r = await readRows(
      ['Activiteit', 'Wie'],
      [
        ['→ navragen bij Kees (Ruimte) of de omgevingsvisie op tijd in de raad komt, anders tafel schuiven naar 2028', ''],
        ['Check bij Marloes: doet de Bewonersraad weer mee aan het festival? + jaartallen nalopen', ''],
        ['Navragen bij huurders of zij mee willen doen aan de wijkschouw in Deest', 'HBD'],
        ['Check bij elke mutatiewoning: rookmelders aanwezig en werkend?', 'WW'],
      ],
      'Gemeente PA 2028 concept.xlsx',
      2028,
    );
    expect(texts(r)).toEqual(['Navragen bij huurders of zij mee willen doen aan de wijkschouw in Deest', 'Check bij elke mutatiewoning: rookmelders aanwezig en werkend?']);
    expect(noteRows(r)).toEqual([4, 5]);
  });
});

describe('an earlier year counted in what was done', () => {
  it('keeps "Cv-ketels 2025: 18 vervangen door …" as a note; the year’s own count of work stays', async () => {
    const r = await readRows(
      ['Thema', 'Activiteit'],
      [
        ['Duurzaamheid', 'Cv-ketels 2025: 18 vervangen door hybride warmtepomp'],
        ['Duurzaamheid', 'Bij 30 woningen de cv-ketel vervangen door een hybride warmtepomp'],
      ],
      'DK activiteiten 2027 Druten.xlsx',
      2027,
    );
    expect(texts(r)).toEqual(['Bij 30 woningen de cv-ketel vervangen door een hybride warmtepomp']);
    expect(noteRows(r)).toEqual([4]);
  });
});

describe('lines under the activity in its own cell', () => {
  it('reads a status line as the remark and a planning line as the planning, the activity above them', async () => {
    const r = await readRows(
      ['Activiteit', 'Opmerkingen'],
      [
        ['Wijkschouw Deest\nstatus: gepland sept.', ''],
        ['Energiefestival Horssen met De Kernen\nplanning: oktober', ''],
        ['Huurdersavond Puiflijk over zonnepanelen\nstatus: datum volgt', 'zaal dorpshuis gereserveerd'],
        ['Vereveningsfonds sociale woningbouw\nstatus: onderzoek afgerond 2025 – college besloot geen fonds in te stellen', 'geen inzet 2027'],
        ['Pluspakketten\n• aanbod herzien\n• folder via Bewonersraad', ''],
      ],
      'HBD activiteiten Druten 2027.xlsx',
      2027,
    );
    const at = (row: number) => r.activities.find((a) => a.rowNumber === row);
    expect(at(4)).toMatchObject({ activity: 'Wijkschouw Deest', notes: 'gepland sept.' });
    expect(at(5)).toMatchObject({ activity: 'Energiefestival Horssen met De Kernen', planning: 'oktober' });
    expect(at(6)).toMatchObject({ activity: 'Huurdersavond Puiflijk over zonnepanelen', notes: 'zaal dorpshuis gereserveerd', extra: { Status: 'datum volgt' } });
    expect(at(7)).toBeUndefined();
    expect(r.problems.find((p) => p.row === 7)?.message).toContain('zegt in kolom "Opmerkingen" dat er in 2027 niets voor gedaan wordt ("geen inzet 2027")');
    // Sub-steps of one activity are its own lines, no field's.
    expect(at(8)?.activity).toBe('Pluspakketten\n• aanbod herzien\n• folder via Bewonersraad');
    expectPlacesInMessages(r);
  });
});

describe('a row that points at another', () => {
  it('is written out with the row above it points at, or the work of the year before beside it, in quotes after its own words', async () => {
    const r = await readRows(
      ['Kern', 'Activiteit', 'Wat deden we in 2026', 'Samen met'],
      [
        ['Druten', 'Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken', '', 'WW'],
        ['Deest', 'idem', '', 'WW'],
        ['Afferden', 'idem, maar dan in het najaar', '', 'WW'],
        ['', 'Wijkschouw Druten-Zuid met bewoners en gemeente', '', 'gemeente'],
        ['', 'idem', 'Ledenvergadering (april) en nieuwsbrief', 'bestuur'],
        ['', 'idem DK: huurders met hoge energierekening aanmelden bij de energiecoach', '', 'DK'],
      ],
      'HBD activiteiten per kern 2027.xlsx',
      2027,
    );
    expect(texts(r)).toEqual([
      'Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken',
      'idem: “Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken” (Deest)',
      'idem, maar dan in het najaar (idem: “Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken”)',
      'Wijkschouw Druten-Zuid met bewoners en gemeente',
      'idem: “Ledenvergadering (april) en nieuwsbrief”',
      // Another party's row, by its abbreviation: not the row above.
      'idem DK: huurders met hoge energierekening aanmelden bij de energiecoach',
    ]);
    expect(r.problems.filter((p) => p.code === 'same-as-above').map((p) => p.row)).toEqual([5, 6, 8]);
    expectPlacesInMessages(r);
  });

  it('is left as written where the row above is not right above it or it was written out before, and a long referent is named by its first sentence', async () => {
    const r = await readRows(
      ['Activiteit', 'Wie'],
      [
        ['Wijkschouw Druten-Zuid organiseren, samen met WW en gemeente. Wij nodigen de huurders uit en maken het verslag.', 'Truus'],
        ['idem in Deest, maar dan in september.', 'Truus'],
        ['', ''],
        ['idem in Puiflijk', 'Ans'],
        // A list made from last year's import, its text written out then: not written out again.
        ['idem: “Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken” (Deest)', 'Ans'],
      ],
      'HBD plannen 2028.xlsx',
      2028,
    );
    expect(texts(r)).toEqual([
      'Wijkschouw Druten-Zuid organiseren, samen met WW en gemeente. Wij nodigen de huurders uit en maken het verslag.',
      'idem in Deest, maar dan in september. (idem: “Wijkschouw Druten-Zuid organiseren, samen met WW en gemeente. …”)',
      'idem in Puiflijk',
      'idem: “Huurdersavond over zonnepanelen-aanbod WW en elektrisch koken” (Deest)',
    ]);
  });
});
