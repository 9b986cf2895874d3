// Lines of a partner's file that are no activities (a footer, a signature, a
// note under the table): kept with the file and shown, so nothing is lost and
// nothing is counted as work.
import type { ReactNode } from 'react';
import type { SubmissionNote } from '../../../src/domain/submissions';
import type { FileRow } from '../../../src/service/contract';
import { countLabel } from '../format';

/** Kept lines the secretary makes activities after all: those chosen so far, with their text, and the choice. */
export interface KeptLineChoice {
  /** The kept lines that are activities now; `earlier`: chosen so in an earlier version. */
  chosen: readonly (FileRow & { text: string; earlier: boolean })[];
  /** The notes that are lines the app read as activities, kept as notes by the secretary (`earlier`: in an earlier version). */
  asNote?: readonly (FileRow & { earlier: boolean })[];
  choose(row: FileRow, asActivity: boolean): void;
  disabled?: boolean;
}

/**
 * In the preview: a section of its own, only when the file has such lines. Where the page allows it,
 * each line can be made an activity in one click, and made a kept line again.
 */
export function FileNotesSection({ notes, choice }: { notes: readonly SubmissionNote[]; choice?: KeptLineChoice }) {
  const chosen = choice?.chosen ?? [];
  if (notes.length === 0 && chosen.length === 0) return null;
  return (
    <section className="preview-section" aria-labelledby="file-notes-title">
      <h4 id="file-notes-title">Regels die geen activiteit zijn</h4>
      <p className="muted small">
        Bewaard bij het bestand; ze tellen niet mee als activiteit.
        {choice && ' Is een regel toch een activiteit, kies dan „Toch een activiteit”: hij komt onder de activiteiten en wordt gekoppeld.'}
      </p>
      {notes.length > 0 && (
        <NoteList
          notes={notes.map((n) => {
            const asNote = choice?.asNote?.find((r) => r.sheet === n.sheet && r.row === n.row);
            return asNote ? { ...n, text: `${n.text} (door u als opmerking bewaard${asNote.earlier ? ' in een eerdere versie' : ''})` } : n;
          })}
          {...(choice ? { action: (n: SubmissionNote) => <LineChoice line={n} asActivity choice={choice} /> } : {})}
        />
      )}
      {choice && chosen.length > 0 && (
        <>
          <p className="small">Door u als activiteit gekozen (staan bij de activiteiten):</p>
          <NoteList
            notes={chosen.map(({ sheet, row, text, earlier }) => ({ sheet, row, text: earlier ? `${text} (gekozen in een eerdere versie)` : text }))}
            action={(n) => <LineChoice line={n} asActivity={false} choice={choice} />}
          />
        </>
      )}
    </section>
  );
}

/** "Toch een activiteit" beside a kept line, or "Toch geen activiteit" beside one made an activity. */
function LineChoice({ line, asActivity, choice }: { line: SubmissionNote; asActivity: boolean; choice: KeptLineChoice }) {
  return (
    <button
      type="button"
      className="link-button"
      disabled={choice.disabled}
      aria-label={`Rij ${line.row} ${asActivity ? 'toch als activiteit' : 'weer geen activiteit'}: ${line.text}`}
      onClick={() => choice.choose({ sheet: line.sheet, row: line.row }, asActivity)}
    >
      {asActivity ? 'Toch een activiteit' : 'Toch geen activiteit'}
    </button>
  );
}

/** In a list of versions: folded, under the file's name. */
export function FileNotesFolded({ notes }: { notes: readonly SubmissionNote[] }) {
  if (notes.length === 0) return null;
  return (
    <details className="file-notes small">
      <summary>{countLabel(notes.length, 'regel die geen activiteit is', 'regels die geen activiteit zijn')}</summary>
      <NoteList notes={notes} />
    </details>
  );
}

function NoteList({ notes, action }: { notes: readonly SubmissionNote[]; action?: (note: SubmissionNote) => ReactNode }) {
  return (
    <ul className="note-list">
      {notes.map((n) => (
        <li key={`${n.sheet}:${n.row}`}>
          <span className="muted">
            blad “{n.sheet}”, rij {n.row}:
          </span>{' '}
          {n.text}
          {action && <> {action(n)}</>}
        </li>
      ))}
    </ul>
  );
}
