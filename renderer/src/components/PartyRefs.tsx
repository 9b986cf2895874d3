import type { PartyWithCounts } from '../../../src/service/contract';
import type { PartyRef, ResolutionStatus } from '../../../src/domain/types';
import { missingCase } from '../../../src/domain/assert';

/** Party ids → short names, for showing what a written name was resolved to. */
export function partyNames(ids: string[], parties: PartyWithCounts[]): string {
  return ids.map((id) => parties.find((p) => p.id === id)?.shortName ?? id).join(', ');
}

/** Dutch explanation of how a written name was understood. */
export function resolutionLabel(ref: PartyRef, parties: PartyWithCounts[]): string {
  const names = partyNames(ref.partyIds, parties);
  const status: ResolutionStatus = ref.status;
  switch (status) {
    case 'exact':
      return names;
    case 'alias':
      return `andere schrijfwijze van ${names}`;
    case 'group':
      return `groep: ${names}`;
    case 'fuzzy':
      return `waarschijnlijk ${names}, graag controleren`;
    case 'external':
      return 'geen partij van de afspraken (extern)';
    case 'unknown':
      return 'onbekende naam, bewaard zoals geschreven';
    default:
      return missingCase(status);
  }
}

/** Each name as written, with how it was resolved. */
export function PartyRefList({ refs, parties, written }: { refs: PartyRef[]; parties: PartyWithCounts[]; written: string }) {
  if (refs.length === 0) {
    return <span className="muted">{written.trim() === '' ? 'niet ingevuld' : written}</span>;
  }
  return (
    <ul className="ref-list">
      {refs.map((ref, i) => (
        <li key={`${ref.written}-${i}`} className={`ref ref-${ref.status}`}>
          <span className="ref-written">{ref.written}</span>
          {ref.qualifier && <span className="ref-qualifier"> ({ref.qualifier})</span>}
          {ref.status !== 'exact' && <span className="ref-resolution">{resolutionLabel(ref, parties)}</span>}
        </li>
      ))}
    </ul>
  );
}
