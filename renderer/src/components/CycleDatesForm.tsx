// The set's own days for the deadlines of its yearly cycle, editable: a day
// and a month per deadline. A wrong day is refused by the service with a
// message that names the deadline.
import { useEffect, useState } from 'react';
import type { CycleDeadline } from '../../../src/service/contract';
import { CYCLE_DEADLINES, CYCLE_DEADLINE_LABELS, MONTHS_NL } from '../../../src/domain/calendar';
import { useCycleDates } from '../cycle-dates';
import { useReadOnly } from '../read-only';

export function CycleDatesForm() {
  const { dates, error, saved, open, save } = useCycleDates();
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState<Partial<Record<CycleDeadline, { day: string; month: string }>>>({});
  useEffect(() => {
    void open();
  }, [open]);
  const current = dates.status === 'ready' ? dates.value : null;
  if (!current) return null;
  const value = (d: CycleDeadline) => draft[d] ?? { day: String(current[d].day), month: String(current[d].month) };
  return (
    <section className="card" aria-labelledby="cycle-dates-title">
      <h2 id="cycle-dates-title">Kalender van deze set</h2>
      <p className="lead">De uiterste dagen van de jaarlijkse cyclus van deze set. Noemen uw afspraken andere dagen, pas ze dan hier aan; een wijziging komt in het logboek.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const changes = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, { day: Number(v.day), month: Number(v.month) }]));
          void save(changes).then((stored) => stored && setDraft({}));
        }}
      >
        <table className="data-table cycle-dates-table">
          <tbody>
            {CYCLE_DEADLINES.map((d) => (
              <tr key={d}>
                <th scope="row">{CYCLE_DEADLINE_LABELS[d]}</th>
                <td>
                  <input
                    aria-label={`Dag: ${CYCLE_DEADLINE_LABELS[d]}`}
                    inputMode="numeric"
                    size={3}
                    disabled={!!readOnly}
                    value={value(d).day}
                    onChange={(e) => setDraft({ ...draft, [d]: { ...value(d), day: e.target.value } })}
                  />{' '}
                  <select
                    aria-label={`Maand: ${CYCLE_DEADLINE_LABELS[d]}`}
                    disabled={!!readOnly}
                    value={value(d).month}
                    onChange={(e) => setDraft({ ...draft, [d]: { ...value(d), month: e.target.value } })}
                  >
                    {MONTHS_NL.map((m, i) => (
                      <option key={m} value={String(i + 1)}>
                        {m}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {error && <p role="alert">{error}</p>}
        {saved && <p role="status">De kalender is opgeslagen.</p>}
        {!readOnly && (
          <button type="submit" disabled={Object.keys(draft).length === 0}>
            Kalender opslaan
          </button>
        )}
      </form>
    </section>
  );
}
