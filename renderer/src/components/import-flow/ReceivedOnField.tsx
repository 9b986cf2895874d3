import { useState } from 'react';
import { formatDate, formatShortDate } from '../../format';
import { DutchDayInput } from '../DutchDayInput';

/**
 * "Ontvangen op": the day the partner's file arrived, today unless the user
 * says otherwise, written the Dutch way (day-month-year) whatever the
 * browser's language. That day, not the day of importing, decides whether the
 * file was late; the Werkbank refuses a day in the future.
 */
export function ReceivedOnField({ id, value, disabled, onChange }: { id: string; value: string; disabled: boolean; onChange: (day: string) => void }) {
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
