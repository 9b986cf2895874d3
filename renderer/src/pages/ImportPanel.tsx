// The Inzendingen page's import of an activiteitenoverzicht: the shared import
// screen (../components/ImportFlow.tsx) with what is particular to activities:
// what was found, the link of each activity to its afspraak, and the outcome.
import { useId } from 'react';
import type { ActivityView, AgreementRow, ImportPreview, ImportResult } from '../../../src/service/contract';
import type { PreviewStep } from '../import-flow';
import { useSubmissions, type ImportOverrides, type LinkChoices } from '../submissions';
import { ImportDone, ImportFlowPanel, PreviewFrame, type SavedNames } from '../components/ImportFlow';
import { linkStatusLabel } from '../components/Activity';
import { ActivitiesTable, ActivityCells } from '../components/ActivitiesTable';
import { countLabel, formatPercent } from '../format';

/** Choosing or dropping a file, then what happens to it: reading, the preview, the result. */
export function ImportPanel() {
  const status = useSubmissions((s) => s.status);
  const named: SavedNames = ({ submission: s }) => ({
    party: status.status === 'ready' ? (status.value.parties.find((p) => p.id === s.partyId)?.shortName ?? s.partyId) : s.partyId,
    year: `planningsjaar ${s.planningYear}`,
  });
  return (
    <ImportFlowPanel<ImportPreview, ImportOverrides, LinkChoices>
      store={useSubmissions}
      what="een ingevuld activiteitenoverzicht"
      refusalTitleId="refusal-title"
      preview={(step) => <PreviewView step={step} />}
      done={(result) => <DoneView result={result} party={named(result).party} />}
      named={named}
    />
  );
}

function DoneView({ result, party }: { result: ImportResult; party: string }) {
  const s = result.submission;
  return (
    <ImportDone store={useSubmissions} result={result} party={party} year={`planningsjaar ${s.planningYear}`}>
      {party}, planningsjaar {s.planningYear}: versie {s.version} met {countLabel(s.activityCount, 'activiteit', 'activiteiten')} is
      nu de huidige versie.
    </ImportDone>
  );
}

function PreviewView({ step }: { step: PreviewStep<ImportPreview, ImportOverrides, LinkChoices> }) {
  const status = useSubmissions((s) => s.status);
  const { preview, decisions } = step;
  const changedLinks = Object.keys(decisions).length;
  return (
    <PreviewFrame
      store={useSubmissions}
      step={step}
      year={{
        label: 'Planningsjaar',
        field: preview.planningYear,
        choices: status.status === 'ready' ? status.value.planningYears : [],
      }}
      override={{ party: (partyId) => ({ partyId }), year: (planningYear) => ({ planningYear }) }}
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
        <ActivitiesTable afspraakClass="col-choice">
          {activities.map((a) => (
            <PreviewActivityRow key={a.position} activity={a} decision={decisions[a.position]} agreements={all} />
          ))}
        </ActivitiesTable>
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
      <ActivityCells activity={activity} withKey />
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
