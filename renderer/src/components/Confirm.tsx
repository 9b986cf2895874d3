// A question asked in place before something that only a backup can take
// back (undoing an import, restoring a backup): the buttons under it, and the
// keyboard back on the button that opened it when it closes.
import { useEffect, useRef, type Ref, type RefObject } from 'react';
import { WriteButton } from './Writes';

/** A ref for the opening button: focused again when `open` turns false. */
export function useFocusReturn(open: boolean): RefObject<HTMLButtonElement | null> {
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      button.current?.focus();
    }
  }, [open]);
  return button;
}

export function ConfirmActions({
  label,
  busyLabel,
  busy,
  onCancel,
  confirmRef,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  onCancel: () => void;
  confirmRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <div className="form-actions">
      <WriteButton ref={confirmRef} type="submit" className="button-danger" disabled={busy}>
        {busy ? busyLabel : label}
      </WriteButton>
      <button type="button" className="button-quiet" onClick={onCancel} disabled={busy}>
        Annuleren
      </button>
    </div>
  );
}
