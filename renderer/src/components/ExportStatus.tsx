// What an export is doing, under its buttons: a progress bar while the Word
// document or Excel workbook is made, the error, or where it was saved.
import { ErrorMessage } from './Status';

export function ExportStatus({
  exporting,
  error,
  exported,
  version,
}: {
  exporting: 'docx' | 'xlsx' | null;
  error: string | null;
  exported: string | null;
  /** Which version the file is of, when there are versions ("Definitieve versie 3"). */
  version?: string | null;
}) {
  return (
    <>
      {exporting && (
        <div className="progress-box" role="status">
          <p>{exporting === 'docx' ? 'Het Word-document' : 'De Excel-werkmap'} wordt gemaakt…</p>
          <progress className="progress" aria-label="Export wordt gemaakt" />
        </div>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {exported && !exporting && (
        <p className="export-done" role="status">
          Opgeslagen in uw map met downloads: <strong>{exported}</strong>
          {version && <> — {version}</>}
        </p>
      )}
    </>
  );
}
