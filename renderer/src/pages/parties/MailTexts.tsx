// Who the e-mails come from, their texts (each a template with placeholders,
// the default until the secretary changes it), and the year's cycle as a
// calendar file, on the Partijen page.
import { useId, useState, type FormEvent } from 'react';
import type { MailSetup, MailTemplateView } from '../../../../src/service/contract';
import { useChasing } from '../../chasing';
import { currentYear } from '../../clock';
import { LoadView } from '../../components/Status';
import { YearField } from '../../components/YearField';
import { formatDateTime } from '../../format';
import { Outcome } from '../../components/Outcome';
import { TextField } from './TextField';
import { ReadOnlyNote, WriteFieldset } from '../../components/Writes';
import { useReadOnly } from '../../read-only';

export function MailSection() {
  const setup = useChasing((s) => s.setup);
  return (
    <section className="card mail-card" aria-labelledby="mail-title">
      <h2 id="mail-title">E-mails</h2>
      <p className="muted small">
        De Werkbank verstuurt zelf geen e-mail. Zij zet e-mails klaar als .eml-bestand; uw eigen e-mailprogramma (Outlook,
        Thunderbird) opent dat als concept, met de bijlagen erbij, om te controleren en te versturen.
      </p>
      <LoadView state={setup} what="de e-mailinstellingen">
        {(value) => (
          <>
            <SenderForm setup={value} />
            <h3 className="section-gap">Teksten</h3>
            <p className="muted small">
              Woorden tussen accolades vult de Werkbank per e-mail in, zoals {'{partij}'}, {'{jaar}'} en {'{termijn}'}.
            </p>
            {value.templates.map((t) => (
              <TemplateForm key={t.kind} template={t} />
            ))}
          </>
        )}
      </LoadView>
      <CalendarDownload />
    </section>
  );
}

function SenderForm({ setup }: { setup: MailSetup }) {
  const viewOnly = useReadOnly() !== undefined;
  const id = useId();
  const setSender = useChasing((s) => s.setSender);
  const busy = useChasing((s) => s.busy);
  const [draft, setDraft] = useState({ name: setup.sender?.name ?? '', email: setup.sender?.email ?? '' });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void setSender(draft);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Afzender">
      <WriteFieldset>
        <h3>Afzender</h3>
        {viewOnly ? (
          <ReadOnlyNote what="de afzender en de teksten wijzigen" />
        ) : (
          !setup.sender && <p className="hint">Vul eerst uw naam en e-mailadres in; daarna kan de Werkbank e-mails klaarzetten.</p>
        )}
        <div className="form-row">
          <TextField id={`${id}-name`} label="Uw naam" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} autoComplete="name" />
          <TextField id={`${id}-email`} label="Uw e-mailadres" value={draft.email} onChange={(email) => setDraft({ ...draft, email })} autoComplete="email" email />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            Afzender opslaan
          </button>
        </div>
        <Outcome where="afzender" />
      </WriteFieldset>
    </form>
  );
}

function TemplateForm({ template }: { template: MailTemplateView }) {
  const id = useId();
  const setTemplate = useChasing((s) => s.setTemplate);
  const busy = useChasing((s) => s.busy);
  const [draft, setDraft] = useState({ subject: template.subject, body: template.body });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void setTemplate({ kind: template.kind, ...draft });
  };
  const restore = async () => {
    if (await setTemplate({ kind: template.kind, subject: '', body: '' })) setDraft({ subject: template.defaultSubject, body: template.defaultBody });
  };
  return (
    <details className="template">
      <summary>
        {template.title}
        <span className="muted small">
          {' '}
          · {template.isDefault ? 'standaardtekst' : `eigen tekst${template.updatedAt ? `, ${formatDateTime(template.updatedAt)}` : ''}`}
        </span>
      </summary>
      <form onSubmit={onSubmit} aria-label={`Tekst: ${template.title}`}>
        <WriteFieldset>
          <TextField id={`${id}-subject`} label="Onderwerp" value={draft.subject} onChange={(subject) => setDraft({ ...draft, subject })} grow={false} />
          <div className="field">
            <label htmlFor={`${id}-body`}>Tekst</label>
            <textarea id={`${id}-body`} rows={12} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          </div>
          <details className="placeholders">
            <summary className="small">Wat kan er tussen accolades?</summary>
            <dl className="small">
              {template.placeholders.map((p) => (
                <div key={p.name}>
                  <dt>
                    <code>{`{${p.name}}`}</code>
                  </dt>
                  <dd>{p.meaning}</dd>
                </div>
              ))}
            </dl>
          </details>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy}>
              Tekst opslaan
            </button>
            {!template.isDefault && (
              <button type="button" className="button-quiet" onClick={() => void restore()} disabled={busy}>
                Standaardtekst terugzetten
              </button>
            )}
          </div>
          <Outcome where={`tekst-${template.kind}`} />
        </WriteFieldset>
      </form>
    </details>
  );
}

function CalendarDownload() {
  const id = useId();
  const downloadCalendar = useChasing((s) => s.downloadCalendar);
  const busy = useChasing((s) => s.busy);
  const [year, setYear] = useState(currentYear());
  const years = [currentYear() - 1, currentYear(), currentYear() + 1];
  return (
    <div className="calendar-download">
      <h3 className="section-gap">Jaarcyclus in uw agenda</h3>
      <p className="muted small">
        Alle fasen, termijnen en overleggen van de jaarlijkse cyclus in één kalenderjaar, met het planningsjaar of uitvoeringsjaar
        in de titel en een herinnering een week vooraf. Importeer het bestand één keer in uw agenda.
      </p>
      <div className="form-row">
        <YearField id={`${id}-year`} label="Kalenderjaar" years={years} value={year} onChange={(y) => y !== null && setYear(y)} />
      </div>
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void downloadCalendar(year)}>
          Agenda downloaden (.ics)
        </button>
      </div>
      <Outcome where="agenda" />
    </div>
  );
}
