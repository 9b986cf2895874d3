import type { Sourced } from './types';
import { FACT_SOURCE_WORDS } from '../../../../src/domain/submissions';

/** A fact the workbook itself states, or else a choice, with where the value came from. */
export function FactChoice<T extends string | number>({
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
        {field.source === 'workbook' && field.value !== null ? (
          <>
            <strong>{shown(field.value)}</strong> <span className="muted small">{FACT_SOURCE_WORDS.workbook.page}</span>
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
              {field.source ? FACT_SOURCE_WORDS[field.source].page : hint ? 'niet zeker uit het bestand' : 'niet gevonden in het bestand'}
              {hint && <> · in het bestand staat “{hint}”</>}
            </span>
          </div>
        )}
      </dd>
    </div>
  );
}
