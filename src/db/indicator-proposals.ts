// The numeric targets proposed from a set's text, with what the secretary
// decided about each. A confirmed one is also an indicator of the set.
import type { Indicator } from '../domain/types';

/** As the reader proposed it (agreement-sets' IndicatorProposal): where it was found, in Dutch. */
type IndicatorProposal = Indicator & { proposal: true; foundAt: string };
import type { Db } from './open';

export type ProposalStatus = 'proposed' | 'confirmed' | 'rejected';

export interface StoredProposal {
  /** 1, 2, …: the number the secretary names it by. */
  number: number;
  status: ProposalStatus;
  proposal: IndicatorProposal;
  decidedAt: string | null;
  decidedBy: string | null;
}

export function insertIndicatorProposals(db: Db, setId: number, proposals: readonly IndicatorProposal[]): void {
  const insert = db.prepare('INSERT INTO indicator_proposals (set_id, position, proposal) VALUES (?, ?, ?)');
  proposals.forEach((p, i) => insert.run(setId, i + 1, JSON.stringify(p)));
}

export function loadIndicatorProposals(db: Db, setId: number): StoredProposal[] {
  return db
    .prepare<[number], { position: number; status: ProposalStatus; proposal: string; decided_at: string | null; decided_by: string | null }>(
      'SELECT position, status, proposal, decided_at, decided_by FROM indicator_proposals WHERE set_id = ? ORDER BY position',
    )
    .all(setId)
    .map((r) => ({ number: r.position, status: r.status, proposal: JSON.parse(r.proposal) as IndicatorProposal, decidedAt: r.decided_at, decidedBy: r.decided_by }));
}

export function setProposalStatus(db: Db, setId: number, number: number, status: ProposalStatus, indicatorCode: string | null, at: string, by: string): void {
  db.prepare('UPDATE indicator_proposals SET status = ?, indicator_code = ?, decided_at = ?, decided_by = ? WHERE set_id = ? AND position = ?').run(status, indicatorCode, at, by, setId, number);
}
