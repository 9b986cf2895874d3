import type { ActivityCorrectionView, ActivityLinkView, ActivityView, LinkStatus } from '../../../src/service/contract';
import type { PartyRef } from '../../../src/domain/types';
import type { CorrectableField } from '../../../src/domain/corrections';
import { openLinkText } from '../../../src/domain/links';
import { formatDateTime, formatEuros, formatPercent } from '../format';
import { missingCase } from '../../../src/domain/assert';

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
    default:
      return missingCase(status);
  }
}

/** The linked afspraak as stored: its reference, how it was linked, and its text; or what is still open. */
export function LinkLabel({ link }: { link: ActivityLinkView }) {
  if (link.status === 'choice') {
    return (
      <span className="link-status link-choice">{openLinkText('choice', null, link.alternatives.map((a) => a.reference))}</span>
    );
  }
  if (link.agreementId === null) {
    // A person's "geen afspraak" is decided; the app's "none" is still open.
    return <span className="link-none">{link.status === 'manual' ? 'Geen afspraak (vastgelegd)' : 'Geen afspraak gevonden'}</span>;
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

/**
 * The fields read besides the activity text, as short labelled lines; empty fields are left out.
 * A field the secretary corrected also says what the partner wrote ("was: …").
 */
export function ActivityFields({ activity }: { activity: Omit<ActivityView, 'link'> }) {
  const original = activity.correction?.original ?? {};
  const lines: [string, string, string | undefined][] = [];
  const add = (label: string, value: string | undefined, field?: CorrectableField) => {
    const was = field ? original[field] : undefined;
    if ((value !== undefined && value.trim() !== '') || was !== undefined) lines.push([label, value ?? '', was]);
  };
  add('Nr', activity.rowLabel);
  add('Trekker', refsText(activity.leadParties ?? [], activity.lead));
  add('Rol', activity.role, 'role');
  add('Planning', activity.planning, 'planning');
  add('Nodig van anderen', activity.needs, 'needs');
  add('Van wie', refsText(activity.needsFromParties, activity.needsFrom), 'needsFrom');
  add('Betrokken', refsText(activity.involvedParties, activity.involved), 'involved');
  add('Ambitie', activity.ambition, 'ambition');
  add('Toelichting', activity.notes, 'notes');
  if (activity.budget !== undefined) add('Budget', formatEuros(activity.budget));
  for (const [label, value] of Object.entries(activity.extra)) add(label, value);
  if (lines.length === 0) return null;
  return (
    <dl className="activity-fields">
      {lines.map(([label, value, was]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {value.trim() === '' ? <em className="muted">leeg</em> : value}
            {was !== undefined && <WasText text={was} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What the partner wrote before the secretary corrected it. */
export function WasText({ text }: { text: string }) {
  return <span className="was-text">was: {text.trim() === '' ? <em>leeg</em> : text}</span>;
}

/**
 * A person's correction of an activity: removed or corrected, why, by whom and when.
 * In an import's preview it was decided on an earlier version ("eerder").
 */
export function CorrectionNote({ correction, earlier = false }: { correction: ActivityCorrectionView; earlier?: boolean }) {
  const what = correction.removed ? 'verwijderd' : 'gecorrigeerd';
  const by = [correction.changedBy, correction.changedAt ? formatDateTime(correction.changedAt) : ''].filter(Boolean).join(', ');
  return (
    <p className={`correction-note${correction.removed ? ' is-removed' : ''}`}>
      <strong>{earlier ? `Eerder ${what}` : what === 'verwijderd' ? 'Verwijderd' : 'Gecorrigeerd'}:</strong> {correction.reason}
      {by && <span className="muted"> ({by})</span>}
    </p>
  );
}
