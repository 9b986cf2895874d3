// Where a file is dropped or chosen; with files waiting, a new choice replaces them.
import { useId, useRef, useState, type DragEvent, type Ref } from 'react';
import { READ_ONLY_TITLE, useReadOnly } from '../../read-only';

export function DropZone({
  chooser,
  onFiles,
  disabled,
  compact,
  queued,
  what,
}: {
  /** The button that opens the file dialog; the panel returns the focus to it. */
  chooser?: Ref<HTMLButtonElement>;
  onFiles: (files: File[]) => void;
  disabled: boolean;
  compact: boolean;
  /** Files of an earlier choice wait their turn: a new choice replaces them. */
  queued: boolean;
  /** Dutch, what to drop: "een ingevuld resultatenoverzicht". */
  what: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const id = useId();
  const readOnly = useReadOnly();
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    // Copied now: the dropped list is emptied once the event is over.
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0 && !disabled) onFiles(files);
  };
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}${compact ? ' is-compact' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-text">
        {queued ? 'Andere bestanden? Sleep ze hierheen of ' : compact ? 'Ander bestand? Sleep het hierheen of ' : `Sleep ${what} (.xlsx of .xlsm) hierheen, of `}
        <button
          type="button"
          className="button-quiet"
          ref={chooser}
          onClick={() => input.current?.click()}
          disabled={disabled}
          title={readOnly ? READ_ONLY_TITLE : undefined}
        >
          {queued ? 'kies bestanden…' : 'kies een bestand…'}
        </button>
      </p>
      {queued ? (
        <p className="hint">Ze komen dan in de plaats van de bestanden die nog wachten; wat al is opgeslagen, blijft opgeslagen.</p>
      ) : (
        !compact && (
          <p className="hint" id={`${id}-hint`}>
            Eerst ziet u wat er gelezen is; pas na uw bevestiging wordt het bestand opgeslagen als nieuwe versie.
            <br />
            Kiest u meerdere bestanden tegelijk, dan komen ze een voor een aan de beurt.
          </p>
        )
      )}
      <input
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Bestand om in te lezen"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Clear it, so choosing the same file again reads it again.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
