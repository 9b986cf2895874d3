// `prestatie importeer --wel-activiteit` and `--geen-activiteit`, spawned as a user runs them (after `npm run
// build`): a line the reader kept as a note is an activity after all, or a line it read as an activity is
// none; the preview says so, the stored version holds it so and the logboek records it; a row that holds no
// such line is refused, nothing stored.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../helpers/cli';
import type { ActivityRow } from '../../src/domain/activities';
import { KEPT_LINE, KEPT_LINE_ACTIVITIES, KEPT_LINE_FILE, keptLineWorkbook, NOTE_LINE, NOTE_LINE_ACTIVITIES, NOTE_LINE_FILE, noteLineWorkbook } from '../fixtures/kept-line';

const { tmp, prestatie } = cliWorkspace('werkbank-cli-wel-activiteit-');
const DELIVERY = KEPT_LINE;
let file: string;

beforeAll(async () => {
  file = path.join(tmp.dir, KEPT_LINE_FILE);
  fs.writeFileSync(file, await keptLineWorkbook());
});

describe('prestatie importeer --wel-activiteit', () => {
  it('names the option beside the kept lines of a trial run', () => {
    const { code, out } = prestatie(['importeer', file, '--partij', 'Bewonersraad', '--jaar', '2027', '--proef']);
    expect(code).toBe(0);
    expect(out).toContain('Regels die geen activiteit zijn (bewaard bij het bestand; is er een toch een activiteit, geef dan --wel-activiteit RIJ):');
    expect(out).toContain(`  blad "Jaarplan 2027", rij 5: ${DELIVERY}`);
  });

  it('refuses a row that holds no kept line, and stores nothing', () => {
    const { code, err } = prestatie(['importeer', file, '--partij', 'Bewonersraad', '--jaar', '2027', '--wel-activiteit', '4']);
    expect(code).not.toBe(0);
    expect(err).toContain('--wel-activiteit: Bewonersraad jaarplan 2027.xlsx heeft op rij 4 geen regel die als opmerking is bewaard.');
    expect(JSON.parse(prestatie(['activiteiten', '--jaar', '2027', '--json']).out)).toEqual([]);
  });

  it('stores the line as an activity, and the logboek says who chose it', () => {
    const { code, out } = prestatie(['importeer', file, '--partij', 'Bewonersraad', '--jaar', '2027', '--wel-activiteit', 'Jaarplan 2027!5']);
    expect(code).toBe(0);
    expect(out).toContain('let op: Bewonersraad jaarplan 2027.xlsx, blad "Jaarplan 2027", rij 5: door u als activiteit gekozen');
    expect(out).not.toContain('Regels die geen activiteit zijn');
    const rows = JSON.parse(prestatie(['activiteiten', '--jaar', '2027', '--json']).out) as ActivityRow[];
    expect(rows.map((r) => r.activity)).toEqual([...KEPT_LINE_ACTIVITIES, DELIVERY]);
    expect(prestatie(['koppelingen', '--jaar', '2027', '--logboek']).out).toContain(`als activiteit gekozen`);
  });

  it('reads the line as an activity again in the next version, unless --geen-activiteit keeps it a note', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    workbook.worksheets[0]?.addRow(['Spreekuur servicekosten in het dorpshuis', 'maart', '']);
    const next = path.join(tmp.dir, 'Bewonersraad jaarplan 2027 v2.xlsx');
    fs.writeFileSync(next, Buffer.from(await workbook.xlsx.writeBuffer()));
    const again = prestatie(['importeer', next, '--partij', 'Bewonersraad', '--jaar', '2027', '--proef']);
    expect(again.out).toContain('rij 5: als activiteit gelezen, zoals u deze regel in een eerdere versie koos');
    const kept = prestatie(['importeer', next, '--partij', 'Bewonersraad', '--jaar', '2027', '--geen-activiteit', '5', '--proef']);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain(`  blad "Jaarplan 2027", rij 5: ${DELIVERY}`);
  });
});

describe('prestatie importeer --geen-activiteit', () => {
  let plan: string;
  beforeAll(async () => {
    plan = path.join(tmp.dir, NOTE_LINE_FILE);
    fs.writeFileSync(plan, await noteLineWorkbook());
  });

  it('names the option above the activities of a trial run', () => {
    const { code, out } = prestatie(['importeer', plan, '--partij', 'Bewonersraad', '--jaar', '2028', '--proef']);
    expect(code).toBe(0);
    expect(out).toContain('Activiteiten (is er een geen activiteit, geef dan --geen-activiteit RIJ):');
    expect(out).toMatch(new RegExp(`rij 5 +\\[[^\\]]*\\] ${NOTE_LINE}`));
  });

  it('refuses a row that holds no activity, and stores nothing', () => {
    const { code, err } = prestatie(['importeer', plan, '--partij', 'Bewonersraad', '--jaar', '2028', '--geen-activiteit', '2']);
    expect(code).not.toBe(0);
    expect(err).toContain('--geen-activiteit: Bewonersraad jaarplan 2028.xlsx heeft op rij 2 geen regel die als activiteit is gelezen.');
    expect(JSON.parse(prestatie(['activiteiten', '--jaar', '2028', '--json']).out)).toEqual([]);
  });

  it('keeps the line with the file as a note, not an activity, and the logboek says who chose it', () => {
    const { code, out } = prestatie(['importeer', plan, '--partij', 'Bewonersraad', '--jaar', '2028', '--geen-activiteit', '5']);
    expect(code).toBe(0);
    expect(out).toContain('let op: Bewonersraad jaarplan 2028.xlsx, blad "Jaarplan 2028", rij 5: door u als opmerking bewaard, geen activiteit');
    expect(out).toContain(`  blad "Jaarplan 2028", rij 5: ${NOTE_LINE}`);
    const rows = JSON.parse(prestatie(['activiteiten', '--jaar', '2028', '--json']).out) as ActivityRow[];
    expect(rows.map((r) => r.activity)).toEqual(NOTE_LINE_ACTIVITIES);
    expect(prestatie(['koppelingen', '--jaar', '2028', '--logboek']).out).toContain('als opmerking bewaard');
  });
});
