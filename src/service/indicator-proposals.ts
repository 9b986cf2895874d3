// The secretary's decision on the numeric targets proposed from a set's text:
// a confirmed proposal becomes an indicator of the set (and so appears in the
// verantwoording), a rejected one does not; both are in the activity log.
import { insertActivityLog } from '../db/activity-log';
import { loadIndicatorProposals, setProposalStatus, type StoredProposal } from '../db/indicator-proposals';
import { insertIndicator } from '../db/seed';
import { indicatorCodesAndLastPosition } from '../db/indicators';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import type { WerkbankApi } from './contract';
import { objectArg } from './validate';

type ProposalMethods = Pick<WerkbankApi, 'listIndicatorProposals' | 'decideIndicatorProposals'>;

export function createIndicatorProposalMethods(ctx: ServiceContext): ProposalMethods {
  const { db, setId } = ctx;
  return {
    async listIndicatorProposals() {
      return loadIndicatorProposals(db, setId);
    },

    async decideIndicatorProposals(arg) {
      const obj = objectArg(arg);
      const proposals = loadIndicatorProposals(db, setId);
      const confirm = obj.confirm === 'all' ? proposals.filter((p) => p.status === 'proposed').map((p) => p.number) : numbers(obj.confirm, 'bevestigen');
      const reject = numbers(obj.reject, 'afwijzen');
      if (confirm.length === 0 && reject.length === 0) {
        throw new ServiceError('invalid_input', obj.confirm === 'all' ? 'Er staan geen voorstellen meer open: alle voorgestelde indicatoren zijn al bevestigd of afgewezen.' : 'Geef op welke voorstellen u bevestigt of afwijst (hun nummers).');
      }
      const both = confirm.filter((n) => reject.includes(n));
      if (both.length > 0) throw new ServiceError('invalid_input', `Voorstel ${both.join(', ')} kan niet tegelijk bevestigd en afgewezen worden.`);
      const find = (n: number): StoredProposal => {
        const p = proposals.find((x) => x.number === n);
        if (!p) throw new ServiceError('not_found', `Er is geen voorgestelde indicator ${n}; de voorstellen lopen van 1 tot en met ${proposals.length}.`);
        if (p.status !== 'proposed') throw new ServiceError('conflict', `Voorstel ${n} ("${p.proposal.title}") is al ${p.status === 'confirmed' ? 'bevestigd' : 'afgewezen'}; er is niets gewijzigd.`);
        return p;
      };
      const toConfirm = confirm.map(find);
      const toReject = reject.map(find);
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const { codes: taken, lastPosition } = indicatorCodesAndLastPosition(db, setId);
        let position = lastPosition;
        for (const p of toConfirm) {
          const { proposal: _p, foundAt: _f, ...indicator } = p.proposal;
          let code = indicator.code;
          for (let i = 2; taken.has(code); i++) code = `${indicator.code}-${i}`;
          taken.add(code);
          insertIndicator(db, setId, { ...indicator, code }, ++position);
          setProposalStatus(db, setId, p.number, 'confirmed', code, at, ctx.changedBy);
          log('indicator-confirm', `Indicator bevestigd: voorstel ${p.number}, "${p.proposal.title}" (${p.proposal.foundAt}).`);
        }
        for (const p of toReject) {
          setProposalStatus(db, setId, p.number, 'rejected', null, at, ctx.changedBy);
          log('indicator-reject', `Voorgestelde indicator afgewezen: voorstel ${p.number}, "${p.proposal.title}" (${p.proposal.foundAt}).`);
        }
      }).immediate();
      return loadIndicatorProposals(db, setId);

      function log(action: 'indicator-confirm' | 'indicator-reject', detail: string): void {
        insertActivityLog(db, { setId, planningYear: null, partyId: null, identity: null, action, detail, reason: '', changedAt: at, changedBy: ctx.changedBy });
      }
    },
  };
}

function numbers(value: unknown, verb: string): number[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && (n as number) > 0)) {
    throw new ServiceError('invalid_input', `Wat u wilt ${verb}, geeft u op als nummers van voorstellen (1, 2, …).`);
  }
  return [...new Set(value as number[])];
}
