// A document made just after midnight in Druten carries that day, not the day
// before, and so do the app's "today" and its calendar, on a computer whose
// own zone is UTC (as CI's and many servers' are).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { docxPart, norm, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

/** 00:30 on 1 November 2026 in Druten; still 31 October in UTC. */
const JUST_AFTER_MIDNIGHT = new Date('2026-10-31T23:30:00.000Z');

const zone = process.env.TZ;
let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;

beforeAll(() => {
  process.env.TZ = 'UTC';
  tmp = tempDir();
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => JUST_AFTER_MIDNIGHT });
  api = werkbank.api;
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const wordText = async (file: { data: string }) => norm(xmlToText(await docxPart(Buffer.from(file.data, 'base64'), 'word/document.xml')));

describe('just after midnight in Druten', () => {
  it('is the new day for the app: today and the calendar', async () => {
    expect((await api.getAppInfo()).today).toBe('2026-11-01');
    expect((await api.getCalendar({})).date).toBe('2026-11-01');
  });

  it('dates the joint overview and a version saved then on the new day', async () => {
    expect(await wordText(await api.exportJointOverview({ planningYear: 2027, format: 'docx' }))).toContain('Werkversie, 1 november 2026.');
    const saved = await api.saveBundleVersion({ planningYear: 2027 });
    expect(saved.savedAt).toBe(JUST_AFTER_MIDNIGHT.toISOString());
    expect(await wordText(await api.exportJointOverview({ planningYear: 2027, format: 'docx', version: saved.number ?? 0 }))).toContain('Concept 1 — 1 november 2026');
  }, 120_000);

  it('dates the verantwoording and its advice on the new day', async () => {
    await api.setReportAdvice({ fromYear: 2026, advice: 'Vraag Woonwaarts om een herziene planning.' });
    const text = await wordText(await api.exportAccountabilityReport({ fromYear: 2026, format: 'docx' }));
    expect(text).toContain('1 november 2026');
    expect(text).not.toContain('31 oktober 2026');
    expect(text).toContain('(versie 1 van 1 november 2026)');
  }, 120_000);
});
