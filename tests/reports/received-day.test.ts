// Which day a joint overview counts as received: the day the secretary stated,
// or, in a version saved before that was kept, the day of importing (in
// Druten), as the Werkbank decided then.
import { describe, expect, it } from 'vitest';
import type { BundleParty } from '../../src/domain/joint-overview';
import { bundleDeliveries, receivedDay } from '../../src/reports/labels';

const imported = { version: 2, versionCount: 2, fileName: 'a.xlsx', importedAt: '2026-07-08T09:00:00.000Z', firstImportedAt: '2026-06-30T22:30:00.000Z' };
const party = (submission: BundleParty['submission']): BundleParty => ({
  id: 'hbd',
  name: 'Huurdersbelangen Beuningen Druten',
  shortName: 'HBD',
  kind: 'tenant-body',
  state: 'submitted',
  submission,
  activityCount: 1,
});
const statusOf = (submission: BundleParty['submission']) =>
  bundleDeliveries({ parties: [party(submission)], planningYear: 2027, generatedAt: '2026-07-10T09:00:00.000Z', agreementSet: { signedOn: '2024-12-12' } } as unknown as Parameters<typeof bundleDeliveries>[0])[0]?.status;

describe('the day received in a joint overview', () => {
  it('is the day stated, the first version deciding whether it was late', () => {
    const stated = { ...imported, receivedOn: '2026-07-02', firstReceivedOn: '2026-06-29' };
    expect(receivedDay(stated)).toBe('2026-07-02');
    expect(receivedDay(stated, true)).toBe('2026-06-29');
    expect(statusOf(stated)).toEqual({ state: 'on-time', deadline: '2026-06-30', receivedOn: '2026-06-29' });
  });

  it('in a version saved before it was kept, is the day of importing in Druten', () => {
    expect(receivedDay(imported)).toBe('2026-07-08');
    // 22:30 UTC on 30 June is 1 July in Druten: late, as that version said.
    expect(statusOf(imported)).toEqual({ state: 'late', deadline: '2026-06-30', receivedOn: '2026-07-01', daysLate: 1 });
    expect(receivedDay(null)).toBeNull();
  });
});
