// The buttons under a form that saves: the save button (saying so while it
// works) and, where the form can be left, Annuleren. Saving is off while the
// database is only for viewing.
import { WriteButton } from './Writes';

export function SaveActions({ label, saving, disabled = false, onCancel }: { label: string; saving: boolean; disabled?: boolean; onCancel?: () => void }) {
  return (
    <div className="form-actions">
      <WriteButton type="submit" className="button-primary" disabled={saving || disabled}>
        {saving ? 'Bezig met opslaan…' : label}
      </WriteButton>
      {onCancel && (
        <button type="button" className="button-quiet" onClick={onCancel} disabled={saving}>
          Annuleren
        </button>
      )}
    </div>
  );
}
