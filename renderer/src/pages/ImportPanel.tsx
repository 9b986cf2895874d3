// The Inzendingen page's import of an activiteitenoverzicht: the shared import
// screen (../components/import-flow/) with what is particular to activities:
// what was found, the link of each activity to its afspraak, and the outcome.
import { useId } from 'react';
import type { ActivityView, AgreementRow, FileRow, ImportPreview, ImportResult } from '../../../src/service/contract';
import type { PreviewStep } from '../import-flow';
import { useSubmissions, type ImportOverrides, type LinkChoices } from '../submissions';
import { ImportDone, ImportFlowPanel, PreviewFrame, type SavedNames } from '../components/import-flow';
import { CorrectionNote, linkStatusLabel } from '../components/Activity';
import { ActivitiesTable, ActivityCells } from '../components/ActivitiesTable';
import { countLabel, formatPercent } from '../format';
import { countLinks, decidedStatus } from '../../../src/domain/links';

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
  const chooseKeptLine = useSubmissions((s) => s.chooseKeptLine);
  const { preview, decisions } = step;
  const kept = preview.chosenAsActivity;
  const keptAsNote = preview.chosenAsNote;
  const changedLinks = Object.keys(decisions).length;
  // The counts as they stand with the choices made so far.
  const links = countLinks(preview.activities.filter((a) => !a.correction?.removed), decisions);
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
          <div className="muted small" aria-live="polite">
            {links.linked} gekoppeld aan een afspraak · {links.proposed} voorgesteld · {links.choices} om uit te kiezen ·{' '}
            bij {links.notFound} geen afspraak gevonden ·{' '}
            {links.decidedNone > 0 ? `${links.decidedNone} bewust zonder afspraak · ` : ''}
            {countLabel(preview.counts.errors, 'fout', 'fouten')} ·{' '}
            {countLabel(preview.counts.warnings, 'waarschuwing', 'waarschuwingen')}
          </div>
        </>
      }
      saveLabel={saveLabel(preview)}
      savedAlso={
        (changedLinks > 0 ? `, met ${countLabel(changedLinks, 'gewijzigde koppeling', 'gewijzigde koppelingen')}` : '') +
        (kept.length > 0 ? `, ${countLabel(kept.length, 'regel', 'regels')} door u als activiteit gekozen` : '') +
        (keptAsNote.length > 0 ? `, ${countLabel(keptAsNote.length, 'regel', 'regels')} door u als opmerking bewaard` : '')
      }
      keptLines={{
        chosen: kept.map((r) => ({ ...r, text: preview.activities.find((a) => a.sheet === r.sheet && a.rowNumber === r.row)?.activity ?? '' })),
        asNote: keptAsNote,
        choose: (row, asActivity) => void chooseKeptLine(row, asActivity),
      }}
    >
      <PreviewActivities activities={preview.activities} decisions={decisions} keepAsNote={(row) => void chooseKeptLine(row, false)} />
    </PreviewFrame>
  );
}

function saveLabel(preview: ImportPreview): string {
  return `Opslaan als versie ${preview.diff ? preview.diff.againstVersion + 1 : 1}`;
}

function PreviewActivities({
  activities,
  decisions,
  keepAsNote,
}: {
  activities: ActivityView[];
  decisions: Record<number, number | null>;
  /** Keeps a line as a note: it is no activity, the reader notwithstanding. */
  keepAsNote: (row: FileRow) => void;
}) {
  const agreements = useSubmissions((s) => s.agreements);
  const confirmProposals = useSubmissions((s) => s.confirmProposals);
  const all = agreements.status === 'ready' ? agreements.value : [];
  const open = activities.filter((a) => a.link.status === 'proposed' && !a.correction?.removed && !(a.position in decisions)).length;
  return (
    <section className="preview-section" aria-labelledby="preview-activities-title">
      <div className="preview-section-head">
        <h4 id="preview-activities-title">Activiteiten en hun afspraak</h4>
        {open > 0 && (
          <button type="button" className="button-quiet button-small" onClick={confirmProposals}>
            Bevestig alle voorstellen ({open})
          </button>
        )}
      </div>
      <p className="muted small">
        Een voorstel of keuze blijft open tot u het bevestigt of kiest, ook na opslaan; het definitieve overzicht wacht erop. Is een regel
        geen activiteit, kies dan „Geen activiteit”: hij blijft als opmerking bij het bestand.
      </p>
      {activities.length === 0 ? (
        <p className="muted">Geen activiteiten gevonden.</p>
      ) : (
        <ActivitiesTable afspraakClass="col-choice">
          {activities.map((a) => (
            <PreviewActivityRow key={a.position} activity={a} decision={decisions[a.position]} agreements={all} keepAsNote={keepAsNote} />
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
  keepAsNote,
}: {
  activity: ActivityView;
  decision: number | null | undefined;
  agreements: AgreementRow[];
  keepAsNote: (row: FileRow) => void;
}) {
  const decide = useSubmissions((s) => s.decide);
  const id = useId();
  const link = activity.link;
  const decided = decision !== undefined;
  const chosen = decided ? decision : link.agreementId;
  const status = decided ? decidedStatus(link, decision) : link.status;
  const proposals = [
    ...(link.agreementId !== null && link.reference !== null
      ? [{ agreementId: link.agreementId, reference: link.reference, text: link.agreementText ?? '', score: link.score }]
      : []),
    ...link.alternatives,
  ];
  // A choice not made yet, or no afspraak found, is still to decide: distinct from choosing "geen afspraak".
  const open = !decided && (link.status === 'choice' || link.status === 'none');
  const value = chosen === null ? (open ? '' : 'none') : String(chosen);
  const groupLabel = link.status === 'choice' ? 'Kies uit' : link.status === 'proposed' || link.status === 'none' ? 'Voorstellen' : 'Gevonden';
  return (
    <tr className={activity.correction?.removed ? 'is-removed' : chosen === null && status !== 'manual' ? 'is-unlinked' : undefined}>
      <ActivityCells activity={activity} withKey>
        {activity.correction && <CorrectionNote correction={activity.correction} earlier />}
        <button
          type="button"
          className="link-button small"
          aria-label={`Rij ${activity.rowNumber} geen activiteit: ${activity.activity}`}
          onClick={() => keepAsNote({ sheet: activity.sheet, row: activity.rowNumber })}
        >
          Geen activiteit
        </button>
      </ActivityCells>
      <td className="col-choice">
        <label htmlFor={`${id}-link`} className="visually-hidden">
          Afspraak bij rij {activity.rowNumber}
        </label>
        <select
          id={`${id}-link`}
          className="link-select"
          value={value}
          onChange={(e) => decide(activity.position, e.target.value === 'none' ? null : Number(e.target.value))}
        >
          {value === '' && (
            <option value="" disabled>
              {link.status === 'none' ? 'Geen afspraak gevonden: kies…' : 'Kies de afspraak…'}
            </option>
          )}
          <option value="none">Geen afspraak</option>
          {proposals.length > 0 && (
            <optgroup label={groupLabel}>
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
        <div className={`link-status link-${status}`}>
          {linkStatusLabel(status, decided ? undefined : link.score)}
          {status === 'proposed' && link.agreementId !== null && (
            <button type="button" className="link-button link-confirm" onClick={() => decide(activity.position, link.agreementId)}>
              Bevestig
            </button>
          )}
        </div>
        {!decided && <LinkReasons link={link} row={activity.rowNumber} choose={(agreementId) => decide(activity.position, agreementId)} />}
      </td>
    </tr>
  );
}

/**
 * Why the app links or proposes as it does. For a choice, and for nothing found where afspraken came
 * near, what the candidates share, then each one with its own reasons and a button that chooses it.
 */
function LinkReasons({ link, row, choose }: { link: ActivityView['link']; row: number; choose: (agreementId: number) => void }) {
  const listed = link.status === 'choice' || (link.status === 'none' && link.alternatives.length > 0);
  if (!listed) return link.reasons.length > 0 ? <p className="link-reasons small muted">{link.reasons.join(' · ')}</p> : null;
  // What every candidate gives is said of the row; for nothing found, why (a person's earlier "geen afspraak", the examples).
  const shared = sharedReasons(link.alternatives);
  return (
    <div className="link-reasons small muted">
      {shared.length > 0 && <p>{shared.join(' · ')}</p>}
      {/* Not always too weak: an afspraak the row's party has no part in, or a person's earlier "geen afspraak", holds it back too; the reasons say which. */}
      {link.status === 'none' && <p className="link-nearest">Het dichtst bij, niet voorgesteld:</p>}
      <ul>
        {link.alternatives.map((a) => {
          const own = a.reasons.filter((r) => !shared.includes(r));
          return (
            <li key={a.agreementId}>
              <strong>{a.reference}</strong> {shortText(a.text)}
              {own.length > 0 && ` (${own.join(' · ')})`}{' '}
              <button type="button" className="link-button" aria-label={`Kies ${a.reference} bij rij ${row}`} onClick={() => choose(a.agreementId)}>
                kies
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The reasons every candidate gives: said of the row, not of one afspraak. */
function sharedReasons(alternatives: ActivityView['link']['alternatives']): string[] {
  const [first, ...rest] = alternatives;
  return (first?.reasons ?? []).filter((r) => rest.every((a) => a.reasons.includes(r)));
}

function shortText(text: string): string {
  return text.length > 70 ? `${text.slice(0, 68).trimEnd()}…` : text;
}
