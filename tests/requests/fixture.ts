// The real Druten data through the real service on a temporary database: the
// afspraken and parties exactly as the app hands them to the workbook writer.
import path from 'node:path';
import type { ActivityRequestInput } from '../../src/requests/activity-request';
import type { AgreementSetSummary, PartyWithCounts } from '../../src/service/contract';
import type { AgreementRow } from '../../src/domain/agreements';
import { openWerkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

export const CREATED_AT = new Date('2026-04-02T08:30:00.000Z');
export const CONTACT = { name: 'Jan de Vries', email: 'j.devries@druten.nl' };

export interface RequestFixture {
  agreements: AgreementRow[];
  parties: PartyWithCounts[];
  agreementSet: AgreementSetSummary;
  /** What the service would pass the writer: the afspraken the party leads that run in that year. */
  inputFor(partyId: string, planningYear: number): Promise<ActivityRequestInput>;
  close(): void;
}

export async function openRequestFixture(): Promise<RequestFixture> {
  const tmp = tempDir('werkbank-requests-');
  const werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'test' });
  const close = (): void => {
    werkbank.close();
    tmp.cleanup();
  };
  try {
    const { api } = werkbank;
    const agreements = await api.listAgreements({});
    const parties = await api.listParties();
    const { agreementSet } = await api.getAppInfo();
    return {
      agreements,
      parties,
      agreementSet,
      async inputFor(partyId, planningYear) {
        const party = parties.find((p) => p.id === partyId);
        if (!party) throw new Error(`Geen partij ${partyId}`);
        const led = await api.listAgreements({ partyId, role: 'lead', year: planningYear });
        return {
          party: { id: party.id, name: party.name, shortName: party.shortName, kind: party.kind },
          planningYear,
          agreementSet,
          agreements,
          prefillIds: led.map((a) => a.id),
          parties: parties.map((p) => ({ id: p.id, shortName: p.shortName })),
          contact: CONTACT,
          createdAt: CREATED_AT,
        };
      },
      close,
    };
  } catch (err) {
    close();
    throw err;
  }
}
