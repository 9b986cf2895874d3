// The Overzicht page's "Stand van het werk" comes from one call: the focus
// years of the calendar's date, each with what the other calls say about it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { focusYears } from '../../src/domain/focus-years';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;

beforeAll(() => {
  tmp = tempDir();
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => new Date('2026-10-15T10:00:00Z') });
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('getWorkStand', () => {
  it('gives the focus years of the date, each with the rounds and products the other calls report', async () => {
    const { api } = werkbank;
    const date = '2026-10-15';
    const stand = await api.getWorkStand({ date });
    const view = await api.getCalendar({ date });
    const status = await api.getSubmissionStatus({ date });
    expect(stand.years).toEqual(status.planningYears);
    expect(stand.parties.map((p) => p.id)).toEqual(status.parties.map((p) => p.id));
    expect(stand.stands.map((s) => `${s.kind}-${s.year}`)).toEqual(focusYears(view, status.planningYears).map((r) => `${r.kind}-${r.year}`));
    expect(stand.stands.length).toBeGreaterThan(0);
    for (const s of stand.stands) {
      expect(s.cells).toHaveLength(stand.parties.length);
      if (s.kind === 'planning') expect(s.versions).toEqual(await api.listBundleVersions({ planningYear: s.year }));
      else expect(s.summary).toEqual((await api.getAccountabilityReport({ fromYear: s.year })).overall.summary);
    }
  });

  it('refuses a date that is not one', async () => {
    await expect(werkbank.api.getWorkStand({ date: '15-10-2026' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
