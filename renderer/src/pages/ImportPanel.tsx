// The Inzendingen page's import of an activiteitenoverzicht: the shared import
// screen (../components/ImportFlow.tsx) with what is particular to activities:
// what was found, the link of each activity to its afspraak, and the outcome.
import { useId } from 'react';
import type { ActivityView, AgreementRow, ImportPreview, ImportResult } from '../../../src/service/contract';
import { useSubmissions } from '../submissions';
import { ImportDone, ImportFlowPanel, PreviewFrame } from '../components/ImportFlow';
import { ActivityFields, linkStatusLabel } from '../components/Activity';
import { countLabel, formatPercent } from '../format';

/** Choosing or dropping a file, then what happens to it: reading, the preview, the result. */
export function ImportPanel() {
  const flow = useSubmissions((s) => s.flow);
  const importFile = useSubmissions((s) => s.importFile);
  const resetImport = useSubmissions((s) => s.resetImport);
  return (
    <ImportFlowPanel
      flow={flow}
      what="een ingevuld activiteitenoverzicht"
      onFile={(file) => void importFile(file)}
      onReset={resetImport}
      refusalTitleId="refusal-title"
      preview={<PreviewView />}
      done={(result) => <DoneView result={result} />}
    />
  );
}

function DoneView({ result }: { result: ImportResult }) {
  const resetImport = useSubmissions((s) => s.resetImport);
  const status = useSubmissions((s) => s.status);
  const s = result.submission;
  const party = status.status === 'ready' ? (status.value.parties.find((p) => p.id === s.partyId)?.shortName ?? s.partyId) : s.partyId;
  return (
    <ImportDone result={result} party={party} year={`planningsjaar ${s.planningYear}`} onClose={resetImport}>
      {party}, planningsjaar {s.planningYear}: versie {s.version} met {countLabel(s.activityCount, 'activiteit', 'activiteiten')} is
      nu de huidige versie.
    </ImportDone>
  );
}

function PreviewView() {
  const flow = useSubmissions((s) => s.flow);
  const status = useSubmissions((s) => s.status);
  const setOverrides = useSubmissions((s) => s.setOverrides);
  const commit = useSubmissions((s) => s.commit);
  const resetImport = useSubmissions((s) => s.resetImport);
  if (flow.step !== 'preview') return null;
  const { preview, decisions } = flow;
  const changedLinks = Object.keys(decisions).length;
  return (
    <PreviewFrame
      preview={preview}
      refreshing={flow.refreshing}
      committing={flow.committing}
      error={flow.error}
      year={{
        label: 'Planningsjaar',
        field: preview.planningYear,
        choices: status.status === 'ready' ? status.value.planningYears : [],
        onChoose: (planningYear) => void setOverrides({ planningYear }),
      }}
      onParty={(partyId) => void setOverrides({ partyId })}
      asks={{ party: 'kies de partij', planningYear: 'kies het planningsjaar' }}
      found={
        <>
          {countLabel(preview.rowsRead, 'rij', 'rijen')} gelezen,{' '}
          <strong>{countLabel(preview.counts.activities, 'activiteit', 'activiteiten')}</strong>
          <div className="muted small">
            {preview.counts.linked} gekoppeld aan een afspraak · {preview.counts.proposed} voorgesteld ·{' '}
            {preview.counts.unlinked} zonder afspraak · {countLabel(preview.counts.errors, 'fout', 'fouten')} ·{' '}
            {countLabel(preview.counts.warnings, 'waarschuwing', 'waarschuwingen')}
          </div>
        </>
      }
      saveLabel={saveLabel(preview)}
      savedAlso={changedLinks > 0 ? `, met ${countLabel(changedLinks, 'gewijzigde koppeling', 'gewijzigde koppelingen')}` : ''}
      onCommit={() => void commit()}
      onCancel={resetImport}
    >
      <PreviewActivities activities={preview.activities} decisions={decisions} />
    </PreviewFrame>
  );
}

function saveLabel(preview: ImportPreview): string {
  return `Opslaan als versie ${preview.diff ? preview.diff.againstVersion + 1 : 1}`;
}

function PreviewActivities({ activities, decisions }: { activities: ActivityView[]; decisions: Record<number, number | null> }) {
  const agreements = useSubmissions((s) => s.agreements);
  const all = agreements.status === 'ready' ? agreements.value : [];
  return (
    <section className="preview-section" aria-labelledby="preview-activities-title">
      <h4 id="preview-activities-title">Activiteiten en hun afspraak</h4>
      {activities.length === 0 ? (
        <p className="muted">Geen activiteiten gevonden.</p>
      ) : (
        <table className="data-table activities-table">
          <thead>
            <tr>
              <th scope="col" className="col-row">
                Rij
              </th>
              <th scope="col">Activiteit</th>
              <th scope="col" className="col-choice">
                Afspraak
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <PreviewActivityRow key={a.position} activity={a} decision={decisions[a.position]} agreements={all} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One line of an option: reference and the start of the afspraak's text. */
function optionLabel(reference: string, text: string, score?: number): string {
  const short = text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text;
  return `${reference} – ${short}${score !== undefined ? ` (${formatPercent(score)})` : ''}`;
}

function PreviewActivityRow({
  activity,
  decision,
  agreements,
}: {
  activity: ActivityView;
  decision: number | null | undefined;
  agreements: AgreementRow[];
}) {
  const decide = useSubmissions((s) => s.decide);
  const id = useId();
  const link = activity.link;
  const chosen = decision !== undefined ? decision : link.agreementId;
  const decided = decision !== undefined && decision !== link.agreementId;
  const proposals = [
    ...(link.agreementId !== null && link.reference !== null
      ? [{ agreementId: link.agreementId, reference: link.reference, text: link.agreementText ?? '', score: link.score }]
      : []),
    ...link.alternatives,
  ];
  const statusClass = decided ? 'manual' : link.status;
  return (
    <tr className={link.agreementId === null && decision === undefined ? 'is-unlinked' : undefined}>
      <td className="col-row muted small">
        {activity.rowNumber}
        {activity.key && <div className="activity-key">{activity.key}</div>}
      </td>
      <td>
        <div className="activity-text">{activity.activity}</div>
        <ActivityFields activity={activity} />
      </td>
      <td className="col-choice">
        <label htmlFor={`${id}-link`} className="visually-hidden">
          Afspraak bij rij {activity.rowNumber}
        </label>
        <select
          id={`${id}-link`}
          className="link-select"
          value={chosen === null ? '' : String(chosen)}
          onChange={(e) => decide(activity.position, e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">Geen afspraak</option>
          {proposals.length > 0 && (
            <optgroup label={link.status === 'proposed' || link.status === 'none' ? 'Voorstellen' : 'Gevonden'}>
              {proposals.map((p) => (
                <option key={`p-${p.agreementId}`} value={p.agreementId}>
                  {optionLabel(p.reference, p.text, p.score)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="Alle afspraken">
            {agreements.map((a) => (
              <option key={a.id} value={a.id}>
                {optionLabel(a.reference, a.text)}
              </option>
            ))}
          </optgroup>
        </select>
        <div className={`link-status link-${statusClass}`}>
          {decided ? 'met de hand gekozen' : linkStatusLabel(link.status, link.score)}
        </div>
      </td>
    </tr>
  );
}
