// "Vertrekpunt en eerdere jaren" on the Verantwoording page: per indicator
// where its straight line starts (from the agreement, or a start value the
// secretary enters with its source) and the figures of the years before the
// first uitvraag, per party or for all parties together; each change in the
// indicator's log. Saving reloads the report, so the status follows at once.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { IndicatorInputs } from '../../../../src/service/contract';
import { formatValue } from '../../../../src/domain/indicators';
import { INDICATOR_UNIT_WORDS } from '../../../../src/domain/types';
import { useAccountability } from '../../accountability';
import { ErrorMessage, LoadView } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useIndicatorInputs } from '../../indicator-inputs';
import { useWerkbank } from '../../store';
import { ReadOnlyNote, WriteFieldset } from '../../components/Writes';

/** "7,5", "1.234", "12" → a number; null when it is none. Dutch commas, and a point as the thousands mark. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(/^€/, '').replace(/%$/, '');
  if (t === '') return null;
  const normal = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : t;
  const n = Number(normal);
  return /^\d+(\.\d+)?$/.test(normal) && Number.isFinite(n) ? n : null;
}

export function IndicatorStart({ firstYear, partyName }: { firstYear: number; partyName: (id: string) => string }) {
  const state = useIndicatorInputs((s) => s.inputs);
  const code = useIndicatorInputs((s) => s.code);
  const choose = useIndicatorInputs((s) => s.choose);
  const id = useId();
  useEffect(() => {
    void useIndicatorInputs.getState().load();
  }, []);
  return (
    <section className="card section-gap indicator-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Vertrekpunt en eerdere jaren</h2>
      <p className="muted small">
        De rechte lijn naar het doel begint bij het vertrekpunt. Waar de prestatieafspraken er geen geven, voert u de stand in, met de bron. Cijfers over
        jaren vóór de eerste uitvraag ({firstYear}) komen ook hier; zonder die cijfers is een totaal over de jaren niet te beoordelen. Elke wijziging komt in
        het logboek.
      </p>
      <ReadOnlyNote what="het vertrekpunt of een cijfer invoeren" />
      <LoadView state={state} what="de indicatoren">
        {(inputs) => {
          const chosen = inputs.find((i) => i.code === code) ?? inputs[0];
          return (
            <>
              <div className="field field-inline">
                <label htmlFor={`${id}-indicator`}>Indicator</label>
                <select id={`${id}-indicator`} value={chosen?.code ?? ''} onChange={(e) => choose(e.target.value)}>
                  {inputs.map((i) => (
                    <option key={i.code} value={i.code}>
                      {i.title}
                      {i.baseline === null && i.measure === 'stock' ? ' (vertrekpunt ontbreekt)' : ''}
                    </option>
                  ))}
                </select>
              </div>
              {chosen && <IndicatorStartDetail key={chosen.code} input={chosen} firstYear={firstYear} partyName={partyName} />}
            </>
          );
        }}
      </LoadView>
    </section>
  );
}

function IndicatorStartDetail({ input, firstYear, partyName }: { input: IndicatorInputs; firstYear: number; partyName: (id: string) => string }) {
  return (
    <div className="indicator-start-detail">
      <dl className="indicator-start-facts">
        <dt>Doel</dt>
        <dd>{input.target}</dd>
        <dt>Vertrekpunt</dt>
        <dd data-testid="baseline-text">{input.baselineText}</dd>
      </dl>
      {input.baselineEditable ? (
        <BaselineForm input={input} firstYear={firstYear} />
      ) : (
        <p className="muted small">Het vertrekpunt staat in de prestatieafspraken en kan hier niet worden gewijzigd.</p>
      )}
      {input.earlierYears.length > 0 && <FigureForm input={input} partyName={partyName} />}
      <IndicatorLog />
    </div>
  );
}

/** Reloads the report after a change, so its status and chart follow. */
function reloadReport(): void {
  void useAccountability.getState().loadReport();
}

function BaselineForm({ input, firstYear }: { input: IndicatorInputs; firstYear: number }) {
  const saving = useIndicatorInputs((s) => s.saving);
  const error = useIndicatorInputs((s) => s.error);
  const saveBaseline = useIndicatorInputs((s) => s.saveBaseline);
  const notify = useWerkbank((s) => s.notify);
  const entered = input.baseline?.source === 'entered' ? input.baseline : null;
  const years = Array.from({ length: 6 }, (_, i) => firstYear - 6 + i);
  const [year, setYear] = useState(entered?.year ?? firstYear - 1);
  const [value, setValue] = useState(entered ? String(entered.value).replace('.', ',') : '');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const submit = async (e: FormEvent, remove = false) => {
    e.preventDefault();
    const amount = remove ? null : parseAmount(value);
    if (!remove && amount === null) return setProblem('Vul de stand in als getal, bijvoorbeeld 412 of 7,5.');
    if (!note.trim()) return setProblem('Zeg waar het cijfer vandaan komt (de bron); die komt in het logboek.');
    setProblem(null);
    if (await saveBaseline({ code: input.code, year, value: amount, note: note.trim() })) {
      setNote('');
      if (remove) setValue('');
      notify({ kind: 'success', text: remove ? 'Het vertrekpunt is verwijderd.' : 'Het vertrekpunt is opgeslagen.' });
      reloadReport();
    }
  };
  return (
    <form className="indicator-start-form" aria-label="Vertrekpunt invoeren" onSubmit={(e) => void submit(e)}>
      <WriteFieldset>
        <h3>{entered ? 'Vertrekpunt wijzigen' : 'Vertrekpunt invoeren'}</h3>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-year`}>Stand op 31 december</label>
            <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <ValueAndSource id={id} label={`Waarde (${INDICATOR_UNIT_WORDS[input.unit]})`} value={value} setValue={setValue} note={note} setNote={setNote} example="Jaarverslag 2024 van de corporaties" />
        </div>
        {(problem ?? error) && <ErrorMessage>{problem ?? error}</ErrorMessage>}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving !== null}>
            {saving === 'baseline' ? 'Bezig met opslaan…' : 'Vertrekpunt opslaan'}
          </button>
          {entered && (
            <button type="button" className="button-quiet" disabled={saving !== null} onClick={(e) => void submit(e, true)}>
              Vertrekpunt verwijderen
            </button>
          )}
        </div>
      </WriteFieldset>
    </form>
  );
}

function FigureForm({ input, partyName }: { input: IndicatorInputs; partyName: (id: string) => string }) {
  const saving = useIndicatorInputs((s) => s.saving);
  const error = useIndicatorInputs((s) => s.error);
  const saveFigure = useIndicatorInputs((s) => s.saveFigure);
  const notify = useWerkbank((s) => s.notify);
  const together = input.partyIds.length > 1;
  const [year, setYear] = useState(input.earlierYears[0] as number);
  const [party, setParty] = useState<string>(together ? '' : (input.partyIds[0] as string));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const who = (partyId: string | null) => (partyId === null ? 'alle partijen samen' : partyName(partyId));
  const send = async (edit: { year: number; partyId: string | null; value: number | null }) => {
    if (!note.trim()) return setProblem('Zeg waar het cijfer vandaan komt, of waarom het weg moet (de bron); die komt in het logboek.');
    setProblem(null);
    if (await saveFigure({ code: input.code, ...edit, note: note.trim() })) {
      setValue('');
      setNote('');
      notify({ kind: 'success', text: edit.value === null ? `Het cijfer over ${edit.year} is verwijderd.` : `Het cijfer over ${edit.year} is opgeslagen.` });
      reloadReport();
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const amount = parseAmount(value);
    if (amount === null) return setProblem('Vul het cijfer in als getal, bijvoorbeeld 14 of 7,5.');
    void send({ year, partyId: party === '' ? null : party, value: amount });
  };
  return (
    <form className="indicator-start-form" aria-label="Cijfer over een eerder jaar" onSubmit={onSubmit}>
      <WriteFieldset>
        <h3>Cijfers vóór de eerste uitvraag</h3>
        <p className="hint">
          {input.measure === 'count' ? 'Wat er in dat jaar bij kwam, niet het totaal.' : input.measure === 'stock' ? 'De stand op 31 december van dat jaar.' : 'Het cijfer over dat jaar.'}
          {together ? ' Per partij, of voor alle partijen samen als alleen dat bekend is.' : ''}
        </p>
        {input.figures.length > 0 && (
          <table className="data-table indicator-start-figures">
            <thead>
              <tr>
                <th scope="col">Jaar</th>
                <th scope="col">Partij</th>
                <th scope="col" className="num">
                  Cijfer
                </th>
                <th scope="col">Bron</th>
                <th scope="col">
                  <span className="visually-hidden">Verwijderen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {input.figures.map((f) => (
                <tr key={`${f.year}:${f.partyId ?? ''}`}>
                  <th scope="row">{f.year}</th>
                  <td>{who(f.partyId)}</td>
                  <td className="num">{formatValue(f.value, input.unit)}</td>
                  <td className="small">{f.note}</td>
                  <td>
                    <button
                      type="button"
                      className="button-quiet button-small"
                      disabled={saving !== null}
                      aria-label={`Cijfer ${f.year} van ${who(f.partyId)} verwijderen`}
                      onClick={() => void send({ year: f.year, partyId: f.partyId, value: null })}
                    >
                      Verwijderen
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-year`}>Jaar</label>
            <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {input.earlierYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-party`}>Partij</label>
            <select id={`${id}-party`} value={party} onChange={(e) => setParty(e.target.value)}>
              {together && <option value="">Alle partijen samen</option>}
              {input.partyIds.map((p) => (
                <option key={p} value={p}>
                  {partyName(p)}
                </option>
              ))}
            </select>
          </div>
          <ValueAndSource id={id} label={`Cijfer (${INDICATOR_UNIT_WORDS[input.unit]})`} value={value} setValue={setValue} note={note} setNote={setNote} example="Woondeal-monitor 2024" />
        </div>
        {(problem ?? error) && <ErrorMessage>{problem ?? error}</ErrorMessage>}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving !== null}>
            {saving === 'figure' ? 'Bezig met opslaan…' : 'Cijfer opslaan'}
          </button>
        </div>
      </WriteFieldset>
    </form>
  );
}

/** A figure and where it comes from: the two fields both forms end with. */
function ValueAndSource(props: {
  id: string;
  label: string;
  value: string;
  setValue: (value: string) => void;
  note: string;
  setNote: (note: string) => void;
  example: string;
}) {
  const { id, label, value, setValue, note, setNote, example } = props;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-value`}>{label}</label>
        <input id={`${id}-value`} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <div className="field field-grow">
        <label htmlFor={`${id}-note`}>Bron of reden</label>
        <input id={`${id}-note`} value={note} placeholder={example} onChange={(e) => setNote(e.target.value)} />
      </div>
    </>
  );
}

function IndicatorLog() {
  const log = useIndicatorInputs((s) => s.log);
  if (log.status !== 'ready' || log.value.length === 0) return null;
  return (
    <details className="indicator-start-log" open={log.value.length <= 3}>
      <summary>Logboek ({log.value.length})</summary>
      <ul>
        {log.value.map((e) => (
          <li key={e.id}>
            <span>{e.detail}</span>
            <span className="muted small">
              {formatDateTime(e.changedAt)} · {e.changedBy} · bron: {e.note}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
