// Late is late, on screen: a party's status in a round in a few words (the
// core decides it), with the e-mail that fits that status one click away.
import type { SubmissionStatusCell } from '../../../src/service/contract';
import { MAIL_BUTTON_LABELS, deliveryText, mailKindFor, type DeliveryStatus } from '../../../src/domain/delivery';
import type { SubmissionKind } from '../../../src/domain/submissions';
import { useChasing } from '../chasing';
import { Outcome } from './Outcome';

export function isBehind(status: DeliveryStatus): boolean {
  return status.state === 'overdue' || status.state === 'late';
}

/** The status in words, marked when late. */
export function DeliveryText({ status }: { status: DeliveryStatus }) {
  return <span className={isBehind(status) ? 'delivery-late' : undefined}>{deliveryText(status)}</span>;
}

/** Makes the e-mail that fits the status and saves it as .eml. */
export function MailButton({ status, round, year, partyId, partyName }: { status: DeliveryStatus; round: SubmissionKind; year: number; partyId: string; partyName: string }) {
  const downloadMail = useChasing((s) => s.downloadMail);
  const busy = useChasing((s) => s.busy);
  const kind = mailKindFor(status.state);
  return (
    <button
      type="button"
      className="button-quiet mail-action"
      disabled={busy}
      onClick={() => void downloadMail({ kind, round, year, partyId }, `mail-${round}-${year}-${partyId}`)}
    >
      {MAIL_BUTTON_LABELS[kind]}
      <span className="visually-hidden"> aan {partyName}</span>
    </button>
  );
}

/** Every party whose status asks for attention (due soon, overdue, received late), each with its e-mail. */
export function DeliveryList({ cells, round, partyName }: { cells: SubmissionStatusCell[]; round: SubmissionKind; partyName: (id: string) => string }) {
  const shown = cells.filter((c) => c.delivery.state === 'due-soon' || isBehind(c.delivery));
  if (shown.length === 0) return null;
  return (
    <ul className="delivery-list">
      {shown.map((c) => (
        <li key={c.partyId} data-party={c.partyId} data-state={c.delivery.state}>
          <span>
            <strong>{partyName(c.partyId)}</strong>: <DeliveryText status={c.delivery} />{' '}
          </span>
          <MailButton status={c.delivery} round={round} year={c.planningYear} partyId={c.partyId} partyName={partyName(c.partyId)} />
          <Outcome where={`mail-${round}-${c.planningYear}-${c.partyId}`} />
        </li>
      ))}
    </ul>
  );
}
