// The detail pane's "Activiteiten en resultaten": per year, what the partners
// planned on this afspraak and, once results are in, how it went.
import { useEffect, useState } from 'react';
import type { PartyWithCounts } from '../../../../src/service/contract';
import { LoadView } from '../../components/Status';
import { load, type Loadable } from '../../loadable';
import { StatusBadge, Unanswered } from '../accountability/shared';
import type { AgreementWorkRow as WorkRow, AgreementWorkYear as WorkYear } from '../../../../src/accountability/agreement-work';
import { core } from '../../api/core';
import { TableBox } from '../../components/TableBox';

export function AgreementWork({ agreementId, parties }: { agreementId: number; parties: PartyWithCounts[] }) {
  const [state, setState] = useState<Loadable<WorkYear[]>>({ status: 'idle' });
  useEffect(() => {
    // Only the answer for the afspraak still on screen may land.
    let current = true;
    let latest: Loadable<WorkYear[]> = { status: 'idle' };
    void load(
      () => latest,
      (next) => {
        latest = next;
        if (current) setState(next);
      },
      () => core().getAgreementWork({ agreementId }),
    );
    return () => {
      current = false;
    };
  }, [agreementId]);

  const partyName = (id: string) => parties.find((p) => p.id === id)?.shortName ?? id;

  return (
    <section className="agreement-work" aria-labelledby="work-title">
      <h3 id="work-title">Activiteiten en resultaten</h3>
      <LoadView state={state} what="de activiteiten en resultaten">
        {(years) =>
          years.length === 0 ? (
            <p className="muted">Nog niets gepland of ingelezen voor deze afspraak.</p>
          ) : (
            years.map((y) => <WorkYearTable key={y.year} year={y} partyName={partyName} />)
          )
        }
      </LoadView>
    </section>
  );
}

function WorkYearTable({ year, partyName }: { year: WorkYear; partyName: (id: string) => string }) {
  const titleId = `work-year-${year.year}`;
  return (
    <div className="work-year">
      <h4 id={titleId}>{year.year}</h4>
      <TableBox label={`Activiteiten ${year.year}`}>
        <table className="data-table work-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col" className="work-col-party">
                Partij
              </th>
              <th scope="col">Activiteit</th>
              {year.answered.length > 0 && (
                <>
                  <th scope="col" className="work-col-status">
                    Status
                  </th>
                  <th scope="col">Resultaat</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {year.rows.map((row, i) => (
              <WorkRowView key={i} row={row} year={year} partyName={partyName} repeated={year.rows[i - 1]?.partyId === row.partyId} />
            ))}
          </tbody>
        </table>
      </TableBox>
    </div>
  );
}

function WorkRowView({
  row,
  year,
  partyName,
  repeated,
}: {
  row: WorkRow;
  year: WorkYear;
  partyName: (id: string) => string;
  /** Same party as the row above: the name is said once, for the eye; a screen reader still hears it. */
  repeated: boolean;
}) {
  const r = row.result;
  return (
    <tr className={repeated ? 'is-same-party' : undefined}>
      <td className="work-party">
        <span className={repeated ? 'visually-hidden' : undefined}>{partyName(row.partyId)}</span>
      </td>
      <td>
        {row.activity}
        {row.planning !== '' && <span className="work-planning"> · {row.planning}</span>}
        {!row.planned && <span className="badge badge-quiet work-unplanned">niet gepland</span>}
      </td>
      {year.answered.length > 0 && (
        <>
          <td>
            {r !== null ? (
              <StatusBadge status={r.status} text={r.statusText} />
            ) : year.answered.includes(row.partyId) ? (
              <Unanswered awaited={year.awaited} deadline={year.deadline} />
            ) : (
              <span className="muted" title="Deze partij heeft nog geen resultaten ingeleverd">
                –
              </span>
            )}
          </td>
          <td>{r?.result ? r.result : <span className="muted">–</span>}</td>
        </>
      )}
    </tr>
  );
}
