// One day written the Dutch way (day-month-year, "28-6-2026"), whatever the
// browser's language: a text field rather than <input type="date">, whose
// format follows the browser's locale. Under it a hint: the day in words when
// it reads as one, or how to write it. The caller places the label (for= the
// id) and says what the day means.
import type { ReactNode } from 'react';
import { parseDutchDay } from '../../../src/domain/calendar';

export function DutchDayInput({
  id,
  text,
  onTextChange,
  required,
  disabled,
  hint,
  invalidHint,
}: {
  id: string;
  /** What is written, as written. */
  text: string;
  /** The new text, and the ISO day it reads as (null when it reads as none). */
  onTextChange: (text: string, day: string | null) => void;
  required?: boolean;
  disabled?: boolean;
  /** The hint for a day that reads well (an ISO day). */
  hint: (day: string) => ReactNode;
  /** The hint while the text is not a day. */
  invalidHint: string;
}) {
  const day = parseDutchDay(text);
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={11}
        placeholder="dd-mm-jjjj"
        value={text}
        required={required}
        disabled={disabled}
        aria-invalid={day === null}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onTextChange(e.target.value, parseDutchDay(e.target.value))}
      />
      <span id={`${id}-hint`} className={day === null ? 'field-error small' : 'muted small'}>
        {day === null ? invalidHint : hint(day)}
      </span>
    </>
  );
}
