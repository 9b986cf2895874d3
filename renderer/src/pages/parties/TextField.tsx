// One labelled line of text in the contact and e-mail forms. An address is a
// text field on purpose: the service checks it and says in Dutch what is wrong,
// rather than the browser's own bubble.
export function TextField({
  id,
  label,
  value,
  onChange,
  autoComplete = 'off',
  email = false,
  grow = true,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
  email?: boolean;
  grow?: boolean;
}) {
  return (
    <div className={grow ? 'field field-grow' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode={email ? 'email' : undefined} autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
