import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AgreementDetail, AuditEntry, AuditField, PartyWithCounts } from '../../../src/service/contract';
import { describeYears, scheduleLabel } from '../../../src/domain/schedule';
import { draftOf, draftToEdit, mayLeaveEdit, rebaseDraft, useWerkbank, type AgreementDraft } from '../store';
import { navigate } from '../route';
import { ErrorMessage, LoadView } from '../components/Status';
import { PartyRefList } from '../components/PartyRefs';
import { formatDateTime } from '../format';
import { AgreementWork } from './agreement/AgreementWork';
import { SaveActions } from '../components/SaveActions';
import { WriteButton } from '../components/Writes';

export function AgreementDetailPane({ id }: { id: number }) {
  const detail = useWerkbank((s) => s.detail);
  const parties = useWerkbank((s) => s.parties);
  const editing = useWerkbank((s) => s.editing);
  const partyList = parties.status === 'ready' ? parties.value : [];
  const close = () => navigate({ page: 'agreements', agreementId: null }, mayLeaveEdit);

  return (
    <aside
      className="detail-pane"
      aria-label="Gekozen afspraak"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !editing) close();
      }}
    >
      <LoadView state={detail} what="de afspraak">
        {(value) =>
          value.id === id ? (
            <DetailContent detail={value} parties={partyList} editing={editing} onClose={close} />
          ) : (
            <p className="muted loading">Bezig met laden van de afspraak…</p>
          )
        }
      </LoadView>
    </aside>
  );
}

function DetailContent({
  detail,
  parties,
  editing,
  onClose,
}: {
  detail: AgreementDetail;
  parties: PartyWithCounts[];
  editing: boolean;
  onClose: () => void;
}) {
  const startEditing = useWerkbank((s) => s.startEditing);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A newly chosen afspraak takes the focus, so the keyboard continues here.
  useEffect(() => {
    headingRef.current?.focus();
  }, [detail.id]);

  return (
    <div className="detail">
      <div className="detail-header">
        <div>
          <p className="eyebrow">
            {detail.themeNumber} {detail.themeTitle} › {detail.topicNumber} {detail.topicTitle}
          </p>
          <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
            Afspraak {detail.reference}
          </h2>
        </div>
        <div className="detail-actions">
          {!editing && (
            <WriteButton type="button" className="button-primary" onClick={startEditing}>
              Bewerken
            </WriteButton>
          )}
          <button type="button" className="button-quiet" onClick={onClose} aria-label="Afspraak sluiten">
            Sluiten
          </button>
        </div>
      </div>

      {detail.flags.length > 0 && (
        <ul className="flag-list" aria-label="Aandachtspunten">
          {detail.flags.map((flag) => (
            <li key={flag.code} className="flag">
              <span className="badge badge-warn">let op</span> {flag.message}
            </li>
          ))}
        </ul>
      )}

      {editing ? <EditForm detail={detail} /> : <AgreementFacts detail={detail} parties={parties} />}

      <AgreementWork agreementId={detail.id} parties={parties} />
      <TopicContextView detail={detail} />
      <History entries={detail.history} />
    </div>
  );
}

function AgreementFacts({ detail, parties }: { detail: AgreementDetail; parties: PartyWithCounts[] }) {
  const s = detail.schedule;
  return (
    <>
      <blockquote className="agreement-text">
        <span className="bij">Bij {detail.commitmentNumber}.</span> {detail.text}
      </blockquote>
      <dl className="facts">
        <div>
          <dt>Trekker</dt>
          <dd>
            <PartyRefList refs={detail.lead} parties={parties} written={detail.leadText} />
          </dd>
        </div>
        <div>
          <dt>Betrokkenen</dt>
          <dd>
            <PartyRefList refs={detail.involved} parties={parties} written={detail.involvedText} />
          </dd>
        </div>
        <div>
          <dt>Uitvoering</dt>
          <dd>
            <div>{s.text.trim() === '' ? <span className="muted">niet vermeld in de afspraken</span> : <>“{s.text}”</>}</div>
            <div className="derived">
              {s.years.length > 0 ? (
                <>
                  Actief in <strong>{describeYears(s.years)}</strong>
                  {s.kind !== 'years' && s.kind !== 'range' && <> ({scheduleLabel(s)})</>}
                </>
              ) : (
                <>{scheduleLabel(s)}</>
              )}
            </div>
            {s.note && <div className="muted small">{s.note}</div>}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{detail.updatedAt === null ? 'Zoals ondertekend' : `Gewijzigd op ${formatDateTime(detail.updatedAt)}`}</dd>
        </div>
      </dl>
    </>
  );
}

function EditForm({ detail }: { detail: AgreementDetail }) {
  const saveDraft = useWerkbank((s) => s.saveDraft);
  const stopEditing = useWerkbank((s) => s.stopEditing);
  const saving = useWerkbank((s) => s.saving);
  const saveError = useWerkbank((s) => s.saveError);
  const id = useId();
  // The draft starts from the afspraak as it was when editing began. When a
  // conflict reloads a newer version underneath, the draft is rebased on it.
  const [base, setBase] = useState<AgreementDraft>(() => draftOf(detail));
  const [draft, setDraft] = useState<AgreementDraft>(() => draftOf(detail));
  const [baseVersion, setBaseVersion] = useState(detail.updatedAt);
  if (detail.updatedAt !== baseVersion) {
    const latest = draftOf(detail);
    setDraft(rebaseDraft(draft, base, latest));
    setBase(latest);
    setBaseVersion(detail.updatedAt);
  }
  const setDirty = useWerkbank((s) => s.setDirty);
  const dirty = draftToEdit(detail, draft) !== null;
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => () => setDirty(false), [setDirty]);
  const firstField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void saveDraft(draft);
  };
  const field = (key: keyof AgreementDraft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  return (
    <form className="edit-form" onSubmit={onSubmit} aria-label="Afspraak bewerken">
      {saveError && <ErrorMessage>{saveError}</ErrorMessage>}
      <div className="field">
        <label htmlFor={`${id}-text`}>Afspraak</label>
        <textarea id={`${id}-text`} rows={7} ref={firstField} {...field('text')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-lead`}>Trekker</label>
        <input id={`${id}-lead`} type="text" {...field('leadText')} aria-describedby={`${id}-names`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-involved`}>Betrokkenen</label>
        <input id={`${id}-involved`} type="text" {...field('involvedText')} aria-describedby={`${id}-names`} />
        <p id={`${id}-names`} className="hint">
          Schrijf de namen zoals in de afspraken, gescheiden door komma’s of “en”, bijvoorbeeld “Corporaties en
          Huurdersorganisaties”.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-schedule`}>Uitvoering</label>
        <input id={`${id}-schedule`} type="text" {...field('scheduleText')} aria-describedby={`${id}-schedule-hint`} />
        <p id={`${id}-schedule-hint`} className="hint">
          Bijvoorbeeld “2025 - 2028”, “Jaarlijks” of “Vanaf 2026”. De tekst wordt bewaard zoals u hem schrijft.
        </p>
      </div>
      <SaveActions label="Opslaan" saving={saving} onCancel={stopEditing} />
    </form>
  );
}

function TopicContextView({ detail }: { detail: AgreementDetail }) {
  const topic = detail.topic;
  return (
    <section className="context" aria-labelledby="context-title">
      <h3 id="context-title">
        Onderwerp {topic.number} {topic.title}
      </h3>
      <details className="context-block">
        <summary>Opgave: wat is de opgave?</summary>
        {topic.task.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </details>
      <details className="context-block">
        <summary>Ambities: wat willen we bereiken? ({topic.ambitions.length})</summary>
        <ul>
          {topic.ambitions.map((a) => (
            <li key={a.position}>{a.text}</li>
          ))}
        </ul>
      </details>
      <details className="context-block" open>
        <summary>Inzet: wat spreken we daarvoor samen af?</summary>
        <ol className="commitments">
          {topic.commitments.map((c) => {
            const own = c.number === detail.commitmentNumber;
            return (
              <li key={c.number} value={c.number} className={own ? 'is-own' : undefined} aria-current={own ? 'true' : undefined}>
                {own && <span className="own-label">Deze afspraak hoort bij inzet {c.number}</span>}
                {c.text}
              </li>
            );
          })}
        </ol>
        {detail.commitment === null && (
          <p className="muted small">Inzet {detail.commitmentNumber} staat niet in dit onderwerp.</p>
        )}
      </details>
      {topic.footnotes.length > 0 && (
        <ul className="footnotes">
          {topic.footnotes.map((f) => (
            <li key={f.mark}>
              <sup>{f.mark}</sup> {f.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const FIELD_LABELS: Record<AuditField, string> = {
  text: 'Afspraak',
  leadText: 'Trekker',
  involvedText: 'Betrokkenen',
  scheduleText: 'Uitvoering',
};

function History({ entries }: { entries: AuditEntry[] }) {
  const sorted = [...entries].sort((a, b) => (a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : b.id - a.id));
  return (
    <section className="history" aria-labelledby="history-title">
      <h3 id="history-title">Geschiedenis</h3>
      {sorted.length === 0 ? (
        <p className="muted">Nog geen wijzigingen: deze afspraak staat er zoals ondertekend.</p>
      ) : (
        <ol className="history-list">
          {sorted.map((entry) => (
            <li key={entry.id} className="history-entry">
              <div className="history-meta">
                <strong>{FIELD_LABELS[entry.field]}</strong> gewijzigd op {formatDateTime(entry.changedAt)}
                {entry.changedBy && <> door {entry.changedBy}</>}
              </div>
              <div className="history-change">
                <div className="history-old">
                  <span className="visually-hidden">Was: </span>
                  {entry.oldValue === '' ? <em>leeg</em> : entry.oldValue}
                </div>
                <div className="history-new">
                  <span className="visually-hidden">Wordt: </span>
                  {entry.newValue === '' ? <em>leeg</em> : entry.newValue}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
