// A labelled choice of year, as the toolbars and forms use it; with `allLabel`
// the first option stands for no year ("Alle jaren").
export function YearField({
  id,
  label,
  years,
  value,
  onChange,
  allLabel,
  className = 'field',
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
  allLabel?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
