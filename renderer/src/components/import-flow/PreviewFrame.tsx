// The preview of a file: what was read, the choice of party and year, the day
// it was received, the difference with the current version, the problems, what
// the page shows of it, and the commit bar.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ImportFlowStore, PreviewStep } from '../../import-flow';
import { useWerkbank } from '../../store';
import { countLabel, formatDate, formatDateTime, formatSize } from '../../format';
import { ErrorMessage } from '../Status';
import { FileNotesSection, type KeptLineChoice } from '../FileNotes';
import { DiffView } from './DiffView';
import { FactChoice } from './FactChoice';
import { ProblemList } from './ProblemList';
import { QueueBar } from './queue';
import { ReceivedOnField } from './ReceivedOnField';
import type { PreviewCore, Sourced } from './types';

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
  keptLines,
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
  /** Where kept lines can be made activities: those chosen so far (as activities now), and the choice. */
  keptLines?: KeptLineChoice;
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
            {preview.layout === 'forms'
              ? `een formulier per blad, het eerste op blad “${preview.sheet}”`
              : preview.layout === 'cards'
              ? `blad “${preview.sheet}”, kaarten vanaf rij ${preview.headerRow + 1}`
              : preview.layout === 'list'
                ? `blad “${preview.sheet}”, een lijst zonder tabel`
                : preview.layout === 'blocks'
                  ? `blad “${preview.sheet}”, blokken tekst vanaf rij ${preview.headerRow + 1}`
                  : `blad “${preview.sheet}”, kopregel op rij ${preview.headerRow}`}
            <div className="muted small">
              {preview.ours
                ? 'Een uitvraag van de Werkbank, herkend aan de werkmap zelf.'
                : preview.layout === 'forms'
                  ? 'Geen tabel: per activiteit een blad met een formulier, elk veld herkend aan zijn naam.'
                  : preview.layout === 'cards'
                  ? 'Geen tabel: per activiteit een kaart met steeds dezelfde velden, elk veld herkend aan zijn naam.'
                  : preview.layout === 'list'
                    ? 'Geen tabel: de regels met een streepje, opsommingsteken of letter („a.”) zijn de activiteiten.'
                    : preview.layout === 'blocks'
                      ? 'Geen tabel: per activiteit een blok met een titel en regels als „Wat: …” en „Wanneer: …”.'
                      : 'Een eigen indeling van de partij; kolommen herkend aan hun koppen.'}
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
      <FileNotesSection notes={preview.notes} {...(keptLines ? { choice: { ...keptLines, disabled } } : {})} />
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
