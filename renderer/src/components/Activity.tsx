import type { ActivityLinkView, ActivityView, LinkStatus } from '../../../src/service/contract';
import type { PartyRef } from '../../../src/domain/types';
import { formatEuros, formatPercent } from '../format';

/** How an activity came to its afspraak, in Dutch. */
export function linkStatusLabel(status: LinkStatus, score?: number): string {
  switch (status) {
    case 'key':
      return 'uit de uitvraag';
    case 'reference':
      return 'verwijzing in het bestand';
    case 'evidence':
      return 'verwijzing en partij in het bestand';
    case 'proposed':
      return score !== undefined ? `voorgesteld, tekst lijkt ${formatPercent(score)}` : 'voorgesteld';
    case 'choice':
      return 'kies de afspraak';
    case 'confirmed':
      return 'voorstel bevestigd';
    case 'manual':
      return 'met de hand gekozen';
    case 'none':
      return 'geen afspraak gevonden';
    default: {
      const never: never = status;
      return String(never);
    }
  }
}

/** The linked afspraak as stored: its reference, how it was linked, and its text. */
export function LinkLabel({ link }: { link: ActivityLinkView }) {
  if (link.agreementId === null) {
    return <span className="link-none">Zonder afspraak</span>;
  }
  return (
    <div className="link-label">
      <span className="reference">{link.reference}</span>{' '}
      <span className={`link-status link-${link.status}`}>{linkStatusLabel(link.status, link.score)}</span>
      {link.agreementText && <div className="clamp small muted">{link.agreementText}</div>}
    </div>
  );
}

function refsText(refs: PartyRef[], written: string | undefined): string {
  if (refs.length === 0) return written ?? '';
  return refs.map((r) => (r.qualifier ? `${r.written} (${r.qualifier})` : r.written)).join(', ');
}

/** The fields read besides the activity text, as short labelled lines; empty fields are left out. */
export function ActivityFields({ activity }: { activity: Omit<ActivityView, 'link'> }) {
  const lines: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') lines.push([label, value]);
  };
  add('Nr', activity.rowLabel);
  add('Trekker', refsText(activity.leadParties ?? [], activity.lead));
  add('Rol', activity.role);
  add('Planning', activity.planning);
  add('Nodig van anderen', activity.needs);
  add('Van wie', refsText(activity.needsFromParties, activity.needsFrom));
  add('Betrokken', refsText(activity.involvedParties, activity.involved));
  add('Ambitie', activity.ambition);
  add('Toelichting', activity.notes);
  if (activity.budget !== undefined) add('Budget', formatEuros(activity.budget));
  for (const [label, value] of Object.entries(activity.extra)) add(label, value);
  if (lines.length === 0) return null;
  return (
    <dl className="activity-fields">
      {lines.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
