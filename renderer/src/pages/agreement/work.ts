// What the partners plan and did on one afspraak, per year of the agreement
// period: asked of the core in one call when the detail pane opens.
import type { AgreementWorkYear } from '../../../../src/accountability/agreement-work';
import { core } from '../../api/core';

export type { AgreementWorkRow as WorkRow, AgreementWorkYear as WorkYear } from '../../../../src/accountability/agreement-work';

export function fetchAgreementWork(agreementId: number): Promise<AgreementWorkYear[]> {
  return core().getAgreementWork({ agreementId });
}
