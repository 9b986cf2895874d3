// A party's uitvraag workbook as the partner sends it back: the Werkbank's own
// workbook with one activity of its own filled in.
import ExcelJS from 'exceljs';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';

export async function filledRequest(api: WerkbankApi, partyId: string, planningYear = 2027): Promise<FilePayload> {
  const [request] = await api.makeActivityRequests({ planningYear, partyIds: [partyId] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from((request as FilePayload).data, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Activiteiten') as ExcelJS.Worksheet;
  let row = 4;
  while (String(sheet.getCell(`A${row}`).value ?? '').startsWith('A')) row++;
  sheet.getCell(`C${row}`).value = `Bewonersavond over het ${partyId}-plan`;
  sheet.getCell(`G${row}`).value = `Q3 ${planningYear}`;
  return { name: `${partyId} ${planningYear}.xlsx`, data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

/** A results file of the party's own making over an execution year: one row, no uitvraag workbook. */
export async function ownResultsFile(party: string, executionYear = 2025, explanation = ''): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`Resultaten ${executionYear}`);
  ws.getCell('A1').value = `Resultaten prestatieafspraken ${executionYear} – ${party}`;
  ws.getRow(3).values = ['Afspraak', 'Activiteit', 'Stand van zaken', 'Toelichting'];
  ws.getRow(4).values = ['3 bij 3', 'Woningen met label E, F of G verbeteren', 'gerealiseerd', explanation];
  return { name: `${party} resultaten ${executionYear}.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}
