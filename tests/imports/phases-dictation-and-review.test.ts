// Three ways partners' files arrive that the reader must see through: long-running projects told in phases under
// the project's own row, text dictated into a phone (its commands, apologies and years said in words written down),
// and a file that went back and forth with the werkgroep's secretary (her remarks typed in the table, a duplicate she
// asked about and the partner confirmed, a data row that reads like a header).
import { describe, expect, it } from 'vitest';
import type { ReadWorkbook } from '../../src/imports/types';
import { readPartnerSheet } from '../helpers/workbook';

const readRows = (header: string[], rows: (string | number)[][], fileName: string, planningYear: number): Promise<ReadWorkbook> =>
  readPartnerSheet(header, rows, fileName, planningYear);

describe('projects told in phases', () => {
  it("reads each phase under a project's own row as an activity of that project, the project's row as their heading", async () => {
    const r = await readRows(
      ['Project', 'Fase', 'Activiteit', 'Periode'],
      [
        ['Kloosterakker Horssen – 33 sociale huurwoningen', '', '', '2024–2027'],
        ['', 'uitvoering', 'Fase 2: 27 appartementen, oplevering maart 2027', '2026–2027'],
        ['', 'nazorg', 'zie fase 2', ''],
        ['Warmtepomp', 'doorlopend', 'Bij vervanging cv-ketel een hybride warmtepomp, ca. 25 woningen', '2027'],
        ['Isolatie E-labels', 'uitvoering', 'Laatste 8 woningen met label E Kerkstraat na-isoleren', '2027'],
        ['Pluspakketten', 'fase 2', 'Pakket uitbreiden met rolluiken en een buitenkraan', '2027'],
      ],
      'De Kernen planning 2027 Horssen.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.activity)).toEqual([
      'Kloosterakker Horssen – 33 sociale huurwoningen: Fase 2: 27 appartementen, oplevering maart 2027',
      'Warmtepomp: Bij vervanging cv-ketel een hybride warmtepomp, ca. 25 woningen',
      'Isolatie E-labels: Laatste 8 woningen met label E Kerkstraat na-isoleren',
      'Pluspakketten: Pakket uitbreiden met rolluiken en een buitenkraan',
    ]);
    expect(r.problems.find((p) => p.code === 'group-heading')?.message).toContain('"Kloosterakker Horssen – 33 sociale huurwoningen" is de kop van de 2 fasen eronder');
    // "zie fase 2" only points at the phase above.
    expect(r.notes.map((n) => n.row)).toEqual([2, 4]);
  });

  it("does not carry last year's activity into this year's empty cell", async () => {
    const r = await readRows(
      ['Activiteit 2027', 'Wanneer 2027', 'Activiteit 2028', 'Wanneer 2028'],
      [
        ['Zonnepanelen aanbieden aan huurders in Afferden', 'hele jaar', 'idem, nu in Puiflijk en Deest', 'hele jaar'],
        ['Verhuiscoach voor ouderen (gemeente betaalt mee)', 'doorlopend', '', ''],
      ],
      'Woonwaarts activiteiten Druten 2027-2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
  });
});

describe('dictated text', () => {
  it('keeps the commands said to dictation and an apology as notes, and reads a year said in words', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Rol', 'Wanneer'],
      [
        [1, 'wijk schouw dees organiseren de huurders uitnodigen', 'organiseren', 'mei'],
        [2, 'ok google', '', ''],
        [3, 'nieuwe regel', '', ''],
        ['', 'sorry ingesproken in de auto morgen nalopen', '', ''],
        [5, 'verevenings fonds is in twintig zesentwintig al ingesteld', '', ''],
        [6, 'isolatie laatste label e woningen zodat we in twintig achtentwintig geen e f g meer hebben', 'uitvoeren', 'voor de zomer'],
      ],
      'activiteiten gemeente druten 2027 ingesproken.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 7]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('is een opdracht aan de spraakherkenning');
    expect(r.problems.find((p) => p.row === 6)?.message).toContain('zegt zelf dat het al gedaan is ("verevenings fonds is in twintig zesentwintig al ingesteld"), vóór 2027');
  });

  it('reads a second copy that only sets the spelling right as a repeat of the first', async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Wanneer', 'Met wie'],
      [
        [2, 'bij vervanging cv ketel een hybride warmte pomp ervoor in de plaats', 'hele jaar', 'bewoners raad'],
        [2, 'bij vervanging cv ketel een hybride warmtepomp ervoor in de plaats', 'hele jaar', 'Bewonersraad'],
      ],
      'De Kerken activiteiten 2027.xlsx',
      2027,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2]);
    expect(r.problems.find((p) => p.row === 3)?.message).toContain('herhaalt rij 2 woord voor woord, alleen anders gespeld');
  });
});

describe('a file that went back and forth with the secretary', () => {
  it("keeps the secretary's remarks and a confirmed duplicate as notes", async () => {
    const r = await readRows(
      ['Nr', 'Activiteit', 'Planning', 'Check secr.', 'Reactie DK'],
      [
        [6, 'Warmtepompen bij ketelvervanging Horssen (ca. 25)', 'hele jaar', '', ''],
        ['', 'SECR: wijkschouw Horssen 2028 staat nergens – DK ondersteunt de Bewonersraad toch?', '', '', ''],
        [9, 'Warmtepompen bij ketelvervanging Horssen, hybride', 'hele jaar', 'dubbel met rij 2?', 'ja dubbel'],
        [10, 'Seniorenhof Puiflijk 14 won. – bouwstart najaar', 'najaar', 'dubbel met rij 7?', 'nee, andere fase'],
      ],
      'DK Druten 2028 v3 - opm werkgroep.xlsx',
      2028,
    );
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 5]);
    expect(r.problems.find((p) => p.row === 4)?.message).toContain('staat als "ja dubbel" (Reactie DK): een tweede keer in de lijst');
  });

  it('does not take a row of the table, a sentence, for a second header', async () => {
    const r = await readRows(
      ['Wat gaan we doen', 'Wanneer', 'Vraag secretaris', 'Antwoord BR'],
      [
        ['Energiefestival: kraam en uitleg zuinig stoken', 'okt', '', ''],
        ['Nieuwsbrief Kernpunt 3x', 'hele jaar', '', ''],
        ['Spreekuur: huurders helpen met inschrijven in Entree én Woongaard', 'maandelijks', 'welke PA?', 'geen, is inzet 4.1 nr. 7'],
      ],
      'Bewonersraad plannen 2027 - terug van secretaris.xlsx',
      2027,
    );
    expect(r.headerRow).toBe(1);
    expect(r.activities.map((a) => a.rowNumber)).toEqual([2, 3, 4]);
  });
});

describe('a questionnaire answered in a sheet', () => {
  it('reads the answers as the activities, their questions as what they are about, and keeps answers that plan nothing as notes', async () => {
    const r = await readRows(
      ['Vraag', 'Antwoord'],
      [
        ['Wat gaat u in 2028 doen aan doorstroming?', 'Verhuiscoach blijft: ca. 30 senioren begeleiden naar een passende woning'],
        ['Organiseert u in 2028 weer een startbijeenkomst?', 'Nee, die is in 2026 gehouden'],
        ['Tekent de gemeente het convenant?', 'weten we nog niet'],
        ['Welke monitor bedoelt de werkgroep?', 'Bedoelt u de regionale of de lokale monitor?'],
      ],
      'Woonwaarts antwoorden vragenlijst 2028.xlsx',
      2028,
    );
    expect(r.activities.map((a) => [a.activity, a.topicContext])).toEqual([
      ['Verhuiscoach blijft: ca. 30 senioren begeleiden naar een passende woning', 'Wat gaat u in 2028 doen aan doorstroming?'],
    ]);
    expect(r.problems.filter((p) => p.code === 'remark-row').map((p) => p.row)).toEqual([3, 4, 5]);
  });
});
