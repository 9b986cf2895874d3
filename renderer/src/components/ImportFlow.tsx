// The screen of one import (see ../import-flow.ts), the same for an
// activiteitenoverzicht and a resultatenoverzicht: the drop zone, reading and
// checking, a refusal, the preview's frame (file, sheet, party and year, the
// difference with the current version, the problems, the commit bar) and the
// outcome; with several files chosen at once, where the file stands in the
// queue, skipping or stopping, the next file and at the end a summary. What is
// found in the file and how it is shown, each page adds. The parts read the
// flow and its actions from the page's store.
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode, type Ref } from 'react';
import { useStore } from 'zustand';
import type { ImportPreview, ImportProblemView, ImportResult } from '../../../src/service/contract';
import type { SubmissionNote } from '../../../src/domain/submissions';
import type { ImportFlowState, ImportFlowStore, ImportQueue, NoExtra, PreviewStep, QueueOutcome } from '../import-flow';
import { useWerkbank } from '../store';
import { READ_ONLY_TITLE, useReadOnly } from '../read-only';
import { countLabel, formatDate, formatDateTime, formatPercent, formatShortDate, formatSize } from '../format';
import { DutchDayInput } from './DutchDayInput';
import { ErrorMessage } from './Status';
import { FileNotesSection } from './FileNotes';

/** How a page names what a commit stored: the party's short name, and the year as the page says it. */
export type SavedNames = (result: ImportResult) => { party: string; year: string };

/** The drop zone and, below it, what happens to the file or files. */
export function ImportFlowPanel<P, O, X extends object = NoExtra>({
  store,
  what,
  refusalTitleId,
  preview,
  done,
  named,
}: {
  store: ImportFlowStore<P, O, X>;
  /** Dutch, what to drop: "een ingevuld resultatenoverzicht". */
  what: string;
  /** The refusal's heading id, unique on the page. */
  refusalTitleId: string;
  preview: (step: PreviewStep<P, O, X>) => ReactNode;
  done: (result: ImportResult) => ReactNode;
  /** For the summary of several files. */
  named: SavedNames;
}) {
  const flow = useStore(store, (s) => s.flow);
  const queue = useStore(store, (s) => s.queue);
  const importFiles = useStore(store, (s) => s.importFiles);
  const busy = flow.step === 'reading' || flow.step === 'previewing' || (flow.step === 'preview' && flow.committing);
  const queued = queue !== null && !queue.finished;
  const chooser = useRef<HTMLButtonElement>(null);
  // Cancelling a preview or closing an outcome removes the button that was
  // pressed: the focus returns to the button that chose the file, not to the top of the page.
  const closed = flow.step === 'idle' && queue === null;
  const wasOpen = useRef(false);
  useEffect(() => {
    if (closed && wasOpen.current && (document.activeElement === null || document.activeElement === document.body)) {
      chooser.current?.focus();
    }
    wasOpen.current = !closed;
  }, [closed]);
  const readOnly = useReadOnly();
  return (
    <>
      <DropZone
        chooser={chooser}
        onFiles={(files) => void importFiles(files)}
        disabled={busy || readOnly !== undefined}
        compact={flow.step === 'preview' || queued}
        queued={queued}
        what={what}
      />
      <FlowView store={store} flow={flow} refusalTitleId={refusalTitleId} preview={preview} done={done} />
      {queue?.finished && <QueueSummary store={store} queue={queue} named={named} />}
    </>
  );
}

export function DropZone({
  chooser,
  onFiles,
  disabled,
  compact,
  queued,
  what,
}: {
  /** The button that opens the file dialog; the panel returns the focus to it. */
  chooser?: Ref<HTMLButtonElement>;
  onFiles: (files: File[]) => void;
  disabled: boolean;
  compact: boolean;
  /** Files of an earlier choice wait their turn: a new choice replaces them. */
  queued: boolean;
  /** Dutch, what to drop: "een ingevuld resultatenoverzicht". */
  what: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const id = useId();
  const readOnly = useReadOnly();
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    // Copied now: the dropped list is emptied once the event is over.
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0 && !disabled) onFiles(files);
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
        {queued ? 'Andere bestanden? Sleep ze hierheen of ' : compact ? 'Ander bestand? Sleep het hierheen of ' : `Sleep ${what} (.xlsx of .xlsm) hierheen, of `}
        <button
          type="button"
          className="button-quiet"
          ref={chooser}
          onClick={() => input.current?.click()}
          disabled={disabled}
          title={readOnly ? READ_ONLY_TITLE : undefined}
        >
          {queued ? 'kies bestanden…' : 'kies een bestand…'}
        </button>
      </p>
      {queued ? (
        <p className="hint">Ze komen dan in de plaats van de bestanden die nog wachten; wat al is opgeslagen, blijft opgeslagen.</p>
      ) : (
        !compact && (
          <p className="hint" id={`${id}-hint`}>
            Eerst ziet u wat er gelezen is; pas na uw bevestiging wordt het bestand opgeslagen als nieuwe versie.
            <br />
            Kiest u meerdere bestanden tegelijk, dan komen ze een voor een aan de beurt.
          </p>
        )
      )}
      <input
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Bestand om in te lezen"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Clear it, so choosing the same file again reads it again.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}

function FlowView<P, O, X extends object>({
  store,
  flow,
  refusalTitleId,
  preview,
  done,
}: {
  store: ImportFlowStore<P, O, X>;
  flow: ImportFlowState<P, O, X>;
  refusalTitleId: string;
  preview: (step: PreviewStep<P, O, X>) => ReactNode;
  done: (result: ImportResult) => ReactNode;
}) {
  switch (flow.step) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="progress-box" role="status">
          <p>
            <QueuePosition store={store} />
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
            <QueuePosition store={store} />
            <strong>{flow.fileName}</strong> wordt gelezen en gecontroleerd…
          </p>
          <progress className="progress" aria-label="Bestand wordt gecontroleerd" />
        </div>
      );
    case 'refused':
      return (
        <div className="refusal" role="alert" aria-labelledby={refusalTitleId}>
          <h3 id={refusalTitleId}>{flow.refused ? 'Dit bestand is geweigerd' : 'Dit bestand is niet ingelezen'}</h3>
          <p className="refusal-message">{flow.message}</p>
          <p className="small">Er is niets gewijzigd.</p>
          <OutcomeActions store={store} />
        </div>
      );
    case 'preview':
      return preview(flow);
    case 'done':
      return done(flow.result);
    default: {
      const never: never = flow;
      return String(never);
    }
  }
}

/** The outcome of a commit; `children` says what was stored when something was. */
export function ImportDone({
  store,
  result,
  party,
  year,
  children,
}: {
  store: ImportFlowStore<unknown, unknown>;
  result: ImportResult;
  /** The party's short name. */
  party: string;
  /** Dutch, the year as the page names it: "planningsjaar 2027", "2026". */
  year: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The preview it replaces was long: bring the outcome into view.
  useEffect(() => {
    // Braces: newer Chromium returns a promise from scrollIntoView, and an effect may only return a cleanup.
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const s = result.submission;
  return (
    <div className="success-box" role="status" ref={box}>
      {result.alreadyImported ? (
        <p>
          <strong>{s.fileName}</strong> was al ingelezen als versie {s.version} voor {party}, {year}. Er is niets gewijzigd.
        </p>
      ) : (
        <>
          <p>
            <strong>Ingelezen.</strong> {children}
          </p>
          <p>Ontvangen op {formatDate(s.receivedOn)}: die dag telt voor de termijn.</p>
          {result.backupPath && <p className="small">Vooraf is een reservekopie van de database gemaakt.</p>}
        </>
      )}
      <OutcomeActions store={store} />
    </div>
  );
}

/** "Bestand 2 van 5: " before what happens to a file of several. */
function QueuePosition({ store }: { store: ImportFlowStore<unknown, unknown> }) {
  const queue = useStore(store, (s) => s.queue);
  if (!queue || queue.total < 2) return null;
  return (
    <span className="queue-position">
      Bestand {queue.position} van {queue.total}:{' '}
    </span>
  );
}

/** Under an outcome: close it; or, with files still waiting, the next one or stop. */
function OutcomeActions({ store }: { store: ImportFlowStore<unknown, unknown> }) {
  const queue = useStore(store, (s) => s.queue);
  const next = useStore(store, (s) => s.next);
  const stop = useStore(store, (s) => s.stop);
  const resetImport = useStore(store, (s) => s.resetImport);
  const nextButton = useRef<HTMLButtonElement>(null);
  const upcoming = queue?.waiting[0];
  // The button pressed before is gone: the keyboard continues with the next file.
  useEffect(() => {
    nextButton.current?.focus({ preventScroll: true });
  }, [upcoming]);
  if (!queue) {
    return (
      <button type="button" className="button-quiet" onClick={resetImport}>
        Sluiten
      </button>
    );
  }
  // The last file: the summary follows.
  if (!upcoming) return null;
  return (
    <div className="queue-actions">
      <button type="button" className="button-primary" ref={nextButton} onClick={next}>
        Volgende bestand: {upcoming.name} (nog {queue.waiting.length})
      </button>
      <button type="button" className="button-quiet" onClick={stop}>
        Stoppen; de overige bestanden worden niet ingelezen
      </button>
    </div>
  );
}

/** "a", "a en b", "a, b en c". */
function listLabel(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Above a preview of one of several files: which one it is, the files after it, and a set it replaced. */
function QueueBar({ queue }: { queue: ImportQueue | null }) {
  if (!queue || queue.finished) return null;
  const replaced = queue.replaced;
  return (
    <div className="queue-bar">
      {replaced.length > 0 && (
        <p className="info-box queue-replaced">
          U koos nieuwe bestanden. Van de vorige keuze {replaced.length === 1 ? 'wordt' : 'worden'} {listLabel(replaced)} niet
          ingelezen; wat al was opgeslagen, blijft opgeslagen.
        </p>
      )}
      {queue.total > 1 && (
        <div className="queue-line">
          <strong className="queue-count">
            Bestand {queue.position} van {queue.total}
          </strong>
          {queue.waiting.length === 0 ? (
            <span className="muted">Dit is het laatste bestand.</span>
          ) : (
            <>
              <span className="muted">Wachten nog:</span>
              <ol className="queue-waiting" start={queue.position + 1}>
                {queue.waiting.map((file, i) => (
                  <li key={`${i}-${file.name}`}>
                    <span className="queue-number">{queue.position + 1 + i}.</span> {file.name}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </div>
  );
}

const OUTCOME_BADGES: Record<QueueOutcome['kind'], { label: string; className: string }> = {
  saved: { label: 'opgeslagen', className: 'change-badge-added' },
  skipped: { label: 'overgeslagen', className: 'badge-quiet' },
  refused: { label: 'geweigerd', className: 'badge-error' },
  stopped: { label: 'niet ingelezen', className: 'badge-quiet' },
  replaced: { label: 'niet ingelezen', className: 'badge-quiet' },
};

/** What became of a file that was not read to the end, in words. */
const OUTCOME_NOTES: Record<Exclude<QueueOutcome['kind'], 'saved' | 'refused'>, string> = {
  skipped: 'Overgeslagen; er is niets opgeslagen.',
  stopped: 'Gestopt voordat het werd opgeslagen.',
  replaced: 'Vervangen door een nieuwe keuze van bestanden.',
};

/** What became of one file, in words. */
function outcomeText(outcome: QueueOutcome, named: SavedNames): string {
  if (outcome.kind === 'refused') return outcome.message;
  if (outcome.kind !== 'saved') return OUTCOME_NOTES[outcome.kind];
  const { party, year } = named(outcome.result);
  const version = outcome.result.submission.version;
  return outcome.result.alreadyImported
    ? `Was al ingelezen als versie ${version} voor ${party}, ${year}; er is niets gewijzigd.`
    : `Als versie ${version} voor ${party}, ${year}.`;
}

/** "2 opgeslagen · 1 overgeslagen", leaving out what is zero. */
function outcomeCounts(handled: QueueOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of handled) {
    const label = o.kind === 'saved' && o.result.alreadyImported ? 'al ingelezen' : OUTCOME_BADGES[o.kind].label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n} ${label}`).join(' · ');
}

const SUMMARY_COLUMNS = ['Bestand', 'Uitkomst', 'Toelichting'];

/** After the last of several files, or after stopping: what became of each. */
function QueueSummary({ store, queue, named }: { store: ImportFlowStore<unknown, unknown>; queue: ImportQueue; named: SavedNames }) {
  const resetImport = useStore(store, (s) => s.resetImport);
  const box = useRef<HTMLElement>(null);
  const id = useId();
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section className="queue-summary" role="status" aria-labelledby={`${id}-title`} ref={box}>
      <h3 id={`${id}-title`}>Samenvatting van {countLabel(queue.handled.length, 'bestand', 'bestanden')}</h3>
      <p className="queue-counts">{outcomeCounts(queue.handled)}</p>
      <table className="data-table queue-table">
        <colgroup>
          <col className="col-file" />
          <col className="col-outcome" />
          <col />
        </colgroup>
        <thead>
          <tr>
            {SUMMARY_COLUMNS.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queue.handled.map((o, i) => {
            const badge = o.kind === 'saved' && o.result.alreadyImported ? { label: 'al ingelezen', className: 'badge-quiet' } : OUTCOME_BADGES[o.kind];
            return (
              <tr key={i} className={`outcome-${o.kind}`}>
                <td className="cell-break">{o.fileName}</td>
                <td>
                  <span className={`badge ${badge.className}`}>{badge.label}</span>
                </td>
                <td>{outcomeText(o, named)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button-quiet" onClick={resetImport}>
        Sluiten
      </button>
    </section>
  );
}

type Source = ImportPreview['party']['source'];

/** Where a party or a year comes from. */
export interface Sourced<T> {
  value: T | null;
  source: Source;
}

/** What the frame of a preview reads; both kinds of preview have it. */
export interface PreviewCore {
  fileName: string;
  size: number;
  ours: boolean;
  sheet: string;
  headerRow: number;
  party: ImportPreview['party'];
  /** What must still be chosen before the import can be committed. */
  missing: readonly string[];
  problems: ImportProblemView[];
  notes: SubmissionNote[];
  counts: { errors: number };
  alreadyImported: { version: number; importedAt: string } | null;
  diff: ImportPreview['diff'];
  canCommit: boolean;
}

const SOURCE_LABELS: Record<NonNullable<Source>, string> = {
  werkmap: 'uit de werkmap',
  opgegeven: 'door u gekozen',
  'titel of bestandsnaam': 'afgeleid uit de titel of de bestandsnaam',
};

/**
 * The preview of a file: what was read, the choice of party and year, the
 * difference with the current version, the problems, then `children` (what
 * was found, as the page shows it) and the commit bar.
 */
export function PreviewFrame<P extends PreviewCore, O>({
  store,
  step: { preview, refreshing, committing, error, receivedOn },
  year,
  override,
  asks,
  found,
  saveLabel,
  savedAlso = '',
  children,
}: {
  store: ImportFlowStore<P, O>;
  step: PreviewStep<P, O>;
  year: {
    /** "Planningsjaar", "Uitvoeringsjaar"; in lower case in the commit reason. */
    label: string;
    field: Sourced<number>;
    choices: number[];
  };
  /** The overrides for a party or a year chosen by the user. */
  override: { party: (partyId: string) => Partial<O>; year: (year: number) => Partial<O> };
  /** Dutch, what to do for each thing that may be missing: "kies de partij". */
  asks: Record<P['missing'][number], string>;
  /** The "Gevonden" fact: rows read and what they hold. */
  found: ReactNode;
  /** The commit button's label when the file is new. */
  saveLabel: string;
  /** Added to the commit reason: ", met 1 gewijzigde koppeling". */
  savedAlso?: string;
  children: ReactNode;
}) {
  const setOverrides = useStore(store, (s) => s.setOverrides);
  const setReceivedOn = useStore(store, (s) => s.setReceivedOn);
  const commit = useStore(store, (s) => s.commit);
  const resetImport = useStore(store, (s) => s.resetImport);
  const queue = useStore(store, (s) => s.queue);
  const skip = useStore(store, (s) => s.skip);
  const stop = useStore(store, (s) => s.stop);
  const parties = useWerkbank((s) => s.parties);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new preview comes into view and takes the focus, so the keyboard continues with it.
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [preview.fileName]);
  const partyList = parties.status === 'ready' ? parties.value : [];
  const partyName = (pid: string) => partyList.find((p) => p.id === pid)?.name ?? pid;
  const asked: string[] = Object.entries<string>(asks)
    .filter(([what]) => preview.missing.includes(what))
    .map(([, ask]) => ask);
  const errors = preview.counts.errors;
  const reasons = [
    ...asked,
    ...(receivedOn ? [] : ['vul bij Ontvangen op de dag in waarop het bestand binnenkwam (dag-maand-jaar)']),
    ...(errors > 0 ? [`los eerst ${countLabel(errors, 'fout', 'fouten')} op (zie Meldingen)`] : []),
  ];
  const disabled = refreshing || committing;
  const committable = preview.canCommit && receivedOn !== '';

  let reason: string;
  if (!committable) reason = `Nog niet op te slaan: ${reasons.length > 0 ? reasons.join('; ') : 'zie Meldingen'}.`;
  else if (preview.alreadyImported)
    reason = `Dit bestand is al de huidige versie ${preview.alreadyImported.version}; er wordt niets opgeslagen.`;
  else {
    const party = preview.party.id ? partyName(preview.party.id) : '';
    reason =
      `Wordt opgeslagen voor ${party}, ${year.label.toLowerCase()} ${year.field.value ?? ''}${savedAlso}, ontvangen op ${formatDate(receivedOn)}. ` +
      'Vooraf wordt een reservekopie gemaakt.';
  }

  return (
    <div className="preview" aria-busy={refreshing}>
      <div className="preview-head">
        <h3 ref={headingRef} tabIndex={-1}>
          Voorbeeld van {preview.fileName}
        </h3>
        <span className="badge badge-quiet">nog niet opgeslagen</span>
      </div>
      <QueueBar queue={queue} />

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
        <FactChoice
          id={`${id}-party`}
          label="Partij"
          field={{ value: preview.party.id, source: preview.party.source }}
          shown={partyName}
          hint={preview.party.hint}
          placeholder="Kies de partij…"
          choices={partyList.map((p) => ({ value: p.id, label: p.name }))}
          disabled={disabled}
          onChoose={(partyId) => void setOverrides(override.party(partyId))}
        />
        <FactChoice
          id={`${id}-year`}
          label={year.label}
          field={year.field}
          shown={String}
          placeholder="Kies het jaar…"
          choices={year.choices.map((y) => ({ value: y, label: String(y) }))}
          disabled={disabled}
          onChoose={(value) => void setOverrides(override.year(Number(value)))}
        />
        <ReceivedOnField key={preview.fileName} id={`${id}-received`} value={receivedOn} disabled={committing} onChange={setReceivedOn} />
        <div>
          <dt>Gevonden</dt>
          <dd>{found}</dd>
        </div>
      </dl>

      {refreshing && <progress className="progress" aria-label="Voorbeeld wordt bijgewerkt" />}

      {preview.diff && <DiffView diff={preview.diff} />}
      <ProblemList problems={preview.problems} />
      <FileNotesSection notes={preview.notes} />
      {children}

      <div className="commit-bar">
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <div className="commit-row">
          <button
            type="button"
            className="button-primary"
            disabled={!committable || disabled}
            aria-describedby={`${id}-commit-reason`}
            onClick={() => void commit()}
          >
            {committing ? 'Bezig met opslaan…' : preview.alreadyImported ? 'Bevestigen' : saveLabel}
          </button>
          {queue ? (
            <>
              <button type="button" className="button-quiet" onClick={skip} disabled={committing}>
                Overslaan
              </button>
              {queue.waiting.length > 0 && (
                <button type="button" className="button-quiet" onClick={stop} disabled={committing} title="De overige bestanden worden niet ingelezen">
                  Stoppen
                </button>
              )}
            </>
          ) : (
            <button type="button" className="button-quiet" onClick={resetImport} disabled={committing}>
              Annuleren
            </button>
          )}
          <p id={`${id}-commit-reason`} className={`commit-reason${committable ? '' : ' is-blocked'}`}>
            {reason}
          </p>
        </div>
      </div>
    </div>
  );
}

/**
 * "Ontvangen op": the day the partner's file arrived, today unless the user
 * says otherwise, written the Dutch way (day-month-year) whatever the
 * browser's language. That day, not the day of importing, decides whether the
 * file was late; the Werkbank refuses a day in the future.
 */
function ReceivedOnField({ id, value, disabled, onChange }: { id: string; value: string; disabled: boolean; onChange: (day: string) => void }) {
  const [text, setText] = useState(() => (value ? formatShortDate(value) : ''));
  return (
    <div>
      <dt>
        <label htmlFor={id}>Ontvangen op</label>
      </dt>
      <dd>
        <div className="inline-choice">
          <DutchDayInput
            id={id}
            text={text}
            required
            disabled={disabled}
            onTextChange={(next, day) => {
              setText(next);
              onChange(day ?? '');
            }}
            hint={(day) => (
              <>
                <strong>{formatDate(day)}</strong> · de dag waarop het bestand van de partner binnenkwam; die bepaalt of het op tijd was, niet de dag van
                inlezen
              </>
            )}
            invalidHint="Schrijf de dag waarop het bestand binnenkwam als dag-maand-jaar, bijvoorbeeld 28-6-2026."
          />
        </div>
      </dd>
    </div>
  );
}

/** A fact the workbook itself states, or else a choice, with where the value came from. */
function FactChoice<T extends string | number>({
  id,
  label,
  field,
  shown,
  hint,
  placeholder,
  choices,
  disabled,
  onChoose,
}: {
  id: string;
  label: string;
  field: Sourced<T>;
  /** The value as the page shows it when the workbook states it. */
  shown: (value: T) => string;
  /** How the file writes it, when it could not be read as a value. */
  hint?: string | undefined;
  placeholder: string;
  choices: { value: T; label: string }[];
  disabled: boolean;
  onChoose: (value: string) => void;
}) {
  return (
    <div>
      <dt>
        <label htmlFor={id}>{label}</label>
      </dt>
      <dd>
        {field.source === 'werkmap' && field.value !== null ? (
          <>
            <strong>{shown(field.value)}</strong> <span className="muted small">{SOURCE_LABELS.werkmap}</span>
          </>
        ) : (
          <div className="inline-choice">
            <select
              id={id}
              value={field.value ?? ''}
              disabled={disabled}
              onChange={(e) => onChoose(e.target.value)}
              aria-invalid={field.value === null}
            >
              <option value="" disabled>
                {placeholder}
              </option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <span className="muted small">
              {field.source ? SOURCE_LABELS[field.source] : 'niet gevonden in het bestand'}
              {hint && <> · in het bestand staat “{hint}”</>}
            </span>
          </div>
        )}
      </dd>
    </div>
  );
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

/** Where in the file a problem is: "x.xlsx, blad “Activiteiten”, rij 18, kolom H". */
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
