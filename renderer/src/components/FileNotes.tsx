// Lines of a partner's file that are no activities (a footer, a signature, a
// note under the table): kept with the file and shown, so nothing is lost and
// nothing is counted as work.
import type { SubmissionNote } from '../../../src/domain/submissions';
import { countLabel } from '../format';

/** In the preview: a section of its own, only when the file has such lines. */
export function FileNotesSection({ notes }: { notes: readonly SubmissionNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="preview-section" aria-labelledby="file-notes-title">
      <h4 id="file-notes-title">Regels die geen activiteit zijn</h4>
      <p className="muted small">Bewaard bij het bestand; ze tellen niet mee als activiteit.</p>
      <NoteList notes={notes} />
    </section>
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

function NoteList({ notes }: { notes: readonly SubmissionNote[] }) {
  return (
    <ul className="note-list">
      {notes.map((n) => (
        <li key={`${n.sheet}:${n.row}`}>
          <span className="muted">
            blad “{n.sheet}”, rij {n.row}:
          </span>{' '}
          {n.text}
        </li>
      ))}
    </ul>
  );
}
