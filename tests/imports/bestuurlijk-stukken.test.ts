// A partner's overview written for the bestuurlijk overleg: agenda letters, a column of what the bestuur does with
// each row ("ter besluitvorming", "ter info"), key messages, positions, thanks and risks for the bestuur between the
// planned work. The work is read as activities; what is only said is kept as a note with a warning naming the row.
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { expectPlacesInMessages } from '../helpers/problems';
import { activityTexts, saveWorkbook } from '../helpers/workbook';

async function read(fileName: string, fill: (ws: Worksheet) => void, planningYear: number, party?: string): Promise<ReadWorkbook> {
  const wb = new Workbook();
  fill(wb.addWorksheet('Stuk BO'));
  return readActivityWorkbook(await saveWorkbook(wb), fileName, { planningYear, ...(party ? { partyId: party } : {}) });
}

const warned = (r: ReadWorkbook, row: number): string => r.problems.find((p) => p.row === row && p.severity === 'warning')?.message ?? '';

describe('a stuk for the bestuurlijk overleg', () => {
  it('finds its header above rows that open with their kind ("Actie", "Standpunt"), and reads each row by its kind', async () => {
    const r = await read(
      'HBD inbreng BO 2028.xlsx',
      (ws) => {
        ws.getCell('A1').value = 'HBD – inbreng Bestuurlijk Overleg en activiteiten 2028';
        ws.getRow(3).values = ['Soort', 'Onderwerp', 'Inbreng HBD 2028', 'Ter'];
        ws.getRow(4).values = ['Waardering', 'Samenwerking', 'Complimenten aan Woonwaarts voor de snelle aanpak van de schimmelklachten.', 'ter kennisname'];
        ws.getRow(5).values = ['Actie', 'Wijkschouw', 'Wijkschouw Druten-Zuid (mei): HBD organiseert en nodigt huurders uit, WW en gemeente lopen mee', 'ter info'];
        ws.getRow(6).values = ['Standpunt', 'Huurverhoging', 'HBD blijft: geen huurverhoging bij label D t/m G. Wij controleren in juli of WW zich daaraan houdt.', 'ter bespreking'];
        ws.getRow(7).values = ['Standpunt', 'Statushouders', 'HBD vindt dat statushouders beter over alle kernen gespreid moeten worden.', 'ter bespreking'];
        ws.getRow(8).values = ['Actie', 'Loting', 'Lotingcijfers en aandeel jongeren bespreken met WW en advies geven over het % loting', 'ter bespreking'];
        ws.getRow(9).values = ['Idee', 'Spreekuur', 'Eigen huurdersspreekuur in Deest? Wel of niet, bestuur HBD beslist in september', 'ter bespreking'];
      },
      2028,
      'hbd',
    );
    expect(r.headerRow).toBe(3);
    expect(r.columns.find((c) => c.field === 'activity')?.header).toBe('Inbreng HBD 2028');
    expect(activityTexts(r)).toEqual([
      'Wijkschouw Druten-Zuid (mei): HBD organiseert en nodigt huurders uit, WW en gemeente lopen mee',
      // A position that also says what HBD does about it is its work.
      'HBD blijft: geen huurverhoging bij label D t/m G. Wij controleren in juli of WW zich daaraan houdt.',
      'Lotingcijfers en aandeel jongeren bespreken met WW en advies geven over het % loting',
    ]);
    expect(r.notes.map((n) => n.row)).toEqual([4, 7, 9]);
    expect(warned(r, 7)).toContain('staat als "Standpunt" (Soort): een boodschap, standpunt of woord van dank, geen werk');
    expect(warned(r, 9)).toContain('is een vraag waarop het antwoord nog niet bekend is');
    expectPlacesInMessages(r);
  });

  it('keeps key messages, thanks, risks for the bestuur and the rondvraag out of the activities', async () => {
    const r = await read(
      'BO agendapunt 3 - inzet gemeente Druten 2027.xlsx',
      (ws) => {
        ws.getRow(2).values = ['Agp.', 'Onderwerp', 'Inzet gemeente 2027', 'Rol', 'Bestuur'];
        ws.getRow(3).values = ['3a', 'Kernboodschap', 'Wij zetten vol in op sociale huur in élke kern. 30% sociale huur is de norm.', '', 'ter kennisname'];
        ws.getRow(4).values = ['3b', 'Nieuwbouw', 'Anterieure overeenkomst Hoge Hof-Oost sluiten met 30% sociale huur', 'kaders stellen', 'ter besluitvorming'];
        ws.getRow(5).values = ['3c', 'Speerpunt', 'Dank aan HBD en Woonwaarts voor de prettige en open samenwerking in 2026.', '', 'ter kennisname'];
        ws.getRow(6).values = ['3d', 'Begroting', 'Risico voor het bestuur: krappe begroting 2027 kan de bijdrage aan de verhuiscoach onder druk zetten', '', 'ter bespreking'];
        ws.getRow(7).values = ['3e', 'Leefbaarheid', 'Jaarlijkse leefbaarheidsronde Horssen: met De Kernen per buurt de knelpunten in kaart brengen', 'organiseren', 'ter info'];
        ws.getRow(8).values = ['3f', 'Overleg', 'Wij zijn blij met de nieuwe woningen aan de Kloosterakker en staan achter de koers.', '', 'ter kennisname'];
        ws.getRow(9).values = ['4', '', 'Rondvraag en sluiting', '', ''];
      },
      2027,
      'gemeente',
    );
    expect(activityTexts(r)).toEqual([
      'Anterieure overeenkomst Hoge Hof-Oost sluiten met 30% sociale huur',
      // "ter info" for the bestuur, in a column that also asks it to decide, does not make the row another party's.
      'Jaarlijkse leefbaarheidsronde Horssen: met De Kernen per buurt de knelpunten in kaart brengen',
    ]);
    expect(r.notes.map((n) => n.row)).toEqual([3, 5, 6, 8, 9]);
    expect(warned(r, 3)).toContain('staat als "Kernboodschap": een boodschap, standpunt of woord van dank, geen werk');
    expect(warned(r, 5)).toContain('is een compliment of een woord van dank, geen activiteit');
    expect(warned(r, 6)).toContain('noemt een risico, geen werk');
    expect(warned(r, 9)).toContain('is een vast punt van de vergadering, geen activiteit');
    expectPlacesInMessages(r);
  });

  it('sets aside work the planning says is done and the text dates before the year', async () => {
    const r = await read(
      'Bewonersraad jaarplan 2027.xlsx',
      (ws) => {
        ws.getRow(1).values = ['Activiteit', 'Wie', 'Wanneer'];
        ws.getRow(2).values = ['Wijkschouw Horssen-Zuid (sept. 2026) – verslag gemaakt en verstuurd', 'Tineke', 'gedaan'];
        ws.getRow(3).values = ['Kennismaking nieuwe wijkbeheerder De Kernen (was in november 2026, klaar)', 'Tineke', ''];
        ws.getRow(4).values = ['Uitlegavond hybride warmtepomp voor huurders', 'Piet', 'maart'];
        ws.getRow(5).values = ['Verslag wijkschouw 2027 maken en rondsturen', 'Tineke', 'gedaan'];
      },
      2027,
      'bewonersraad',
    );
    expect(activityTexts(r)).toEqual(['Uitlegavond hybride warmtepomp voor huurders', 'Verslag wijkschouw 2027 maken en rondsturen']);
    expect(warned(r, 2)).toContain('is al gedaan (Wanneer: "gedaan", 2026), vóór 2027');
    expect(warned(r, 3)).toContain('zegt zelf dat het al gedaan is ("was in november 2026, klaar"), vóór 2027');
  });
});
