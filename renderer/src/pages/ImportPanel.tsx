import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { ActivityView, AgreementRow, ImportPreview, ImportProblemView, ImportResult } from '../../../src/service/contract';
import { useWerkbank } from '../store';
import { useSubmissions, type ImportFlow } from '../submissions';
import { ErrorMessage } from '../components/Status';
import { ActivityFields, linkStatusLabel } from '../components/Activity';
import { countLabel, formatDateTime, formatPercent, formatSize } from '../format';

/** Choosing or dropping a file, then what happens to it: reading, the preview, the result. */
export function ImportPanel() {
  const flow = useSubmissions((s) => s.flow);
  const importFile = useSubmissions((s) => s.importFile);
  const busy = flow.step === 'reading' || flow.step === 'previewing' || (flow.step === 'preview' && flow.committing);
  return (
    <>
      <DropZone onFile={(file) => void importFile(file)} disabled={busy} compact={flow.step === 'preview'} />
      <FlowView flow={flow} />
    </>
  );
}

export function DropZone({
  onFile,
  disabled,
  compact,
  what = 'een ingevuld activiteitenoverzicht',
}: {
  onFile: (file: File) => void;
  disabled: boolean;
  compact: boolean;
  /** Dutch, what to drop: "een ingevuld resultatenoverzicht". */
  what?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const id = useId();
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}${compact ? ' is-compact' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-text">
        {compact ? 'Ander bestand? Sleep het hierheen of ' : `Sleep ${what} (.xlsx of .xlsm) hierheen, of `}
        <button type="button" className="button-quiet" onClick={() => input.current?.click()} disabled={disabled}>
          kies een bestand…
        </button>
      </p>
      {!compact && (
        <p className="hint" id={`${id}-hint`}>
          Eerst ziet u wat er gelezen is; pas na uw bevestiging wordt het bestand opgeslagen als nieuwe versie.
        </p>
      )}
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Bestand om in te lezen"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Clear it, so choosing the same file again reads it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

function FlowView({ flow }: { flow: ImportFlow }) {
  const resetImport = useSubmissions((s) => s.resetImport);
  switch (flow.step) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="progress-box" role="status">
          <p>
            Bezig met lezen van <strong>{flow.fileName}</strong>
            {flow.progress !== null && <> ({formatPercent(flow.progress)})</>}…
          </p>
          <progress className="progress" max={1} value={flow.progress ?? undefined} aria-label="Bestand wordt gelezen" />
        </div>
      );
    case 'previewing':
      return (
        <div className="progress-box" role="status">
          <p>
            <strong>{flow.fileName}</strong> wordt gelezen en gecontroleerd…
          </p>
          <progress className="progress" aria-label="Bestand wordt gecontroleerd" />
        </div>
      );
    case 'refused':
      return (
        <div className="refusal" role="alert" aria-labelledby="refusal-title">
          <h3 id="refusal-title">{flow.refused ? 'Dit bestand is geweigerd' : 'Dit bestand is niet ingelezen'}</h3>
          <p className="refusal-message">{flow.message}</p>
          <p className="small">Er is niets gewijzigd.</p>
          <button type="button" className="button-quiet" onClick={resetImport}>
            Sluiten
          </button>
        </div>
      );
    case 'preview':
      return <PreviewView />;
    case 'done':
      return <DoneView result={flow.result} />;
    default: {
      const never: never = flow;
      return String(never);
    }
  }
}

function DoneView({ result }: { result: ImportResult }) {
  const resetImport = useSubmissions((s) => s.resetImport);
  const status = useSubmissions((s) => s.status);
  const box = useRef<HTMLDivElement>(null);
  // The preview it replaces was long: bring the outcome into view.
  useEffect(() => {
    // Braces: newer Chromium returns a promise from scrollIntoView, and an effect may only return a cleanup.
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const s = result.submission;
  const party = status.status === 'ready' ? (status.value.parties.find((p) => p.id === s.partyId)?.shortName ?? s.partyId) : s.partyId;
  return (
    <div className="success-box" role="status" ref={box}>
      {result.alreadyImported ? (
        <p>
          <strong>{s.fileName}</strong> was al ingelezen als versie {s.version} voor {party}, planningsjaar {s.planningYear}. Er
          is niets gewijzigd.
        </p>
      ) : (
        <>
          <p>
            <strong>Ingelezen.</strong> {party}, planningsjaar {s.planningYear}: versie {s.version} met{' '}
            {countLabel(s.activityCount, 'activiteit', 'activiteiten')} is nu de huidige versie.
          </p>
          {result.backupPath && <p className="small">Vooraf is een reservekopie van de database gemaakt.</p>}
        </>
      )}
      <button type="button" className="button-quiet" onClick={resetImport}>
        Sluiten
      </button>
    </div>
  );
}

const SOURCE_LABELS: Record<NonNullable<ImportPreview['party']['source']>, string> = {
  werkmap: 'uit de werkmap',
  opgegeven: 'door u gekozen',
  'titel of bestandsnaam': 'afgeleid uit de titel of de bestandsnaam',
};

function PreviewView() {
  const flow = useSubmissions((s) => s.flow);
  const status = useSubmissions((s) => s.status);
  const setOverrides = useSubmissions((s) => s.setOverrides);
  const commit = useSubmissions((s) => s.commit);
  const resetImport = useSubmissions((s) => s.resetImport);
  const parties = useWerkbank((s) => s.parties);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileName = flow.step === 'preview' ? flow.preview.fileName : '';
  // A new preview comes into view and takes the focus, so the keyboard continues with it.
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [fileName]);
  if (flow.step !== 'preview') return null;
  const { preview, refreshing, committing, error, decisions } = flow;
  const partyList = parties.status === 'ready' ? parties.value : [];
  const partyName = (pid: string) => partyList.find((p) => p.id === pid)?.name ?? pid;
  const years = status.status === 'ready' ? status.value.planningYears : [];
  const reasons: string[] = [];
  if (preview.missing.includes('party')) reasons.push('kies de partij');
  if (preview.missing.includes('planningYear')) reasons.push('kies het planningsjaar');
  if (preview.counts.errors > 0) reasons.push(`los eerst ${countLabel(preview.counts.errors, 'fout', 'fouten')} op (zie Meldingen)`);
  const changedLinks = Object.keys(decisions).length;

  return (
    <div className="preview" aria-busy={refreshing}>
      <div className="preview-head">
        <h3 ref={headingRef} tabIndex={-1}>
          Voorbeeld van {preview.fileName}
        </h3>
        <span className="badge badge-quiet">nog niet opgeslagen</span>
      </div>

      {preview.alreadyImported && (
        <p className="info-box">
          Dit bestand is al ingelezen: het is de huidige versie {preview.alreadyImported.version} (
          {formatDateTime(preview.alreadyImported.importedAt)}). Bevestigen slaat niets nieuws op.
        </p>
      )}

      <dl className="facts preview-facts">
        <div>
          <dt>Bestand</dt>
          <dd>
            {preview.fileName} <span className="muted small">({formatSize(preview.size)})</span>
          </dd>
        </div>
        <div>
          <dt>Gelezen uit</dt>
          <dd>
            blad “{preview.sheet}”, kopregel op rij {preview.headerRow}
            <div className="muted small">
              {preview.ours ? 'Een uitvraag van de Werkbank, herkend aan de werkmap zelf.' : 'Een eigen indeling van de partij; kolommen herkend aan hun koppen.'}
            </div>
          </dd>
        </div>
        <div>
          <dt>
            <label htmlFor={`${id}-party`}>Partij</label>
          </dt>
          <dd>
            {preview.party.source === 'werkmap' && preview.party.id ? (
              <>
                <strong>{partyName(preview.party.id)}</strong> <span className="muted small">{SOURCE_LABELS.werkmap}</span>
              </>
            ) : (
              <div className="inline-choice">
                <select
                  id={`${id}-party`}
                  value={preview.party.id ?? ''}
                  disabled={refreshing || committing}
                  onChange={(e) => void setOverrides({ partyId: e.target.value })}
                  aria-invalid={preview.party.id === null}
                >
                  <option value="" disabled>
                    Kies de partij…
                  </option>
                  {partyList.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
                <span className="muted small">
                  {preview.party.source ? SOURCE_LABELS[preview.party.source] : 'niet gevonden in het bestand'}
                  {preview.party.hint && <> · in het bestand staat “{preview.party.hint}”</>}
                </span>
              </div>
            )}
          </dd>
        </div>
        <div>
          <dt>
            <label htmlFor={`${id}-year`}>Planningsjaar</label>
          </dt>
          <dd>
            {preview.planningYear.source === 'werkmap' && preview.planningYear.value !== null ? (
              <>
                <strong>{preview.planningYear.value}</strong> <span className="muted small">{SOURCE_LABELS.werkmap}</span>
              </>
            ) : (
              <div className="inline-choice">
                <select
                  id={`${id}-year`}
                  value={preview.planningYear.value ?? ''}
                  disabled={refreshing || committing}
                  onChange={(e) => void setOverrides({ planningYear: Number(e.target.value) })}
                  aria-invalid={preview.planningYear.value === null}
                >
                  <option value="" disabled>
                    Kies het jaar…
                  </option>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
                <span className="muted small">
                  {preview.planningYear.source ? SOURCE_LABELS[preview.planningYear.source] : 'niet gevonden in het bestand'}
                </span>
              </div>
            )}
          </dd>
        </div>
        <div>
          <dt>Gevonden</dt>
          <dd>
            {countLabel(preview.rowsRead, 'rij', 'rijen')} gelezen,{' '}
            <strong>{countLabel(preview.counts.activities, 'activiteit', 'activiteiten')}</strong>
            <div className="muted small">
              {preview.counts.linked} gekoppeld aan een afspraak · {preview.counts.proposed} voorgesteld ·{' '}
              {preview.counts.unlinked} zonder afspraak · {countLabel(preview.counts.errors, 'fout', 'fouten')} ·{' '}
              {countLabel(preview.counts.warnings, 'waarschuwing', 'waarschuwingen')}
            </div>
          </dd>
        </div>
      </dl>

      {refreshing && <progress className="progress" aria-label="Voorbeeld wordt bijgewerkt" />}

      {preview.diff && <DiffView diff={preview.diff} />}
      <ProblemList problems={preview.problems} />
      <PreviewActivities activities={preview.activities} decisions={decisions} />

      <div className="commit-bar">
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <div className="commit-row">
          <button
            type="button"
            className="button-primary"
            disabled={!preview.canCommit || refreshing || committing}
            aria-describedby={`${id}-commit-reason`}
            onClick={() => void commit()}
          >
            {committing ? 'Bezig met opslaan…' : commitLabel(preview)}
          </button>
          <button type="button" className="button-quiet" onClick={resetImport} disabled={committing}>
            Annuleren
          </button>
          <p id={`${id}-commit-reason`} className={`commit-reason${preview.canCommit ? '' : ' is-blocked'}`}>
            {commitReason(preview, reasons, changedLinks, partyName)}
          </p>
        </div>
      </div>
    </div>
  );
}

function commitLabel(preview: ImportPreview): string {
  if (preview.alreadyImported) return 'Bevestigen';
  return `Opslaan als versie ${preview.diff ? preview.diff.againstVersion + 1 : 1}`;
}

function commitReason(preview: ImportPreview, reasons: string[], changedLinks: number, partyName: (id: string) => string): string {
  if (!preview.canCommit) return `Nog niet op te slaan: ${reasons.join('; ')}.`;
  if (preview.alreadyImported) return `Dit bestand is al de huidige versie ${preview.alreadyImported.version}; er wordt niets opgeslagen.`;
  const party = preview.party.id ? partyName(preview.party.id) : '';
  const links = changedLinks > 0 ? `, met ${countLabel(changedLinks, 'gewijzigde koppeling', 'gewijzigde koppelingen')}` : '';
  return `Wordt opgeslagen voor ${party}, planningsjaar ${preview.planningYear.value ?? ''}${links}. Vooraf wordt een reservekopie gemaakt.`;
}

const CHANGE_LABELS = { added: 'nieuw', changed: 'gewijzigd', removed: 'vervalt' } as const;

export function DiffView({ diff }: { diff: NonNullable<ImportPreview['diff']> }) {
  return (
    <section className="preview-section" aria-labelledby="diff-title">
      <h4 id="diff-title">Verschil met de huidige versie {diff.againstVersion}</h4>
      {diff.items.length === 0 ? (
        <p className="muted">Geen verschillen in de activiteiten.</p>
      ) : (
        <>
          <p className="muted small">
            {diff.added} nieuw · {diff.changed} gewijzigd · {diff.removed} vervalt
          </p>
          <ul className="change-list">
            {diff.items.map((item, i) => (
              <li key={i} className={`change change-${item.change}`}>
                <span className={`badge change-badge-${item.change}`}>{CHANGE_LABELS[item.change]}</span>
                <span className="change-text">{item.activity}</span>
                {item.details.length > 0 && (
                  <ul className="change-details">
                    {item.details.map((d, j) => (
                      <li key={j}>{d}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function where(p: ImportProblemView): string {
  const parts = [p.file];
  if (p.sheet) parts.push(`blad “${p.sheet}”`);
  if (p.row !== undefined) parts.push(`rij ${p.row}`);
  if (p.column) parts.push(`kolom ${p.column}`);
  return parts.join(', ');
}

export function ProblemList({ problems }: { problems: ImportProblemView[] }) {
  return (
    <section className="preview-section" aria-labelledby="problems-title">
      <h4 id="problems-title">Meldingen</h4>
      {problems.length === 0 ? (
        <p className="muted">Geen fouten of waarschuwingen.</p>
      ) : (
        <table className="data-table problems-table">
          <thead>
            <tr>
              <th scope="col" className="col-severity">
                Soort
              </th>
              <th scope="col">Melding</th>
              <th scope="col" className="col-where">
                Waar
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} className={`problem problem-${p.severity}`}>
                <td className="col-severity">
                  <span className={`badge ${p.severity === 'error' ? 'badge-error' : 'badge-warn'}`}>
                    {p.severity === 'error' ? 'fout' : 'waarschuwing'}
                  </span>
                </td>
                <td>{p.message}</td>
                <td className="col-where small muted">{where(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
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
