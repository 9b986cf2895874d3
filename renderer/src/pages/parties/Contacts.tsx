// The parties' contacts on the Partijen page: several per party, each with a
// name, an e-mail address and a role; added, changed and removed in place.
// Whether an address is valid is the service's to say (in Dutch).
import { useId, useState, type FormEvent } from 'react';
import type { PartyContact, PartyWithCounts } from '../../../../src/service/contract';
import { useChasing } from '../../chasing';
import { LoadView } from '../../components/Status';
import { Outcome } from '../../components/Outcome';
import { TextField } from './TextField';
import { ReadOnlyNote, WriteButton, WriteFieldset } from '../../components/Writes';

export function ContactsSection({ parties }: { parties: PartyWithCounts[] }) {
  const contacts = useChasing((s) => s.contacts);
  return (
    <section className="card contacts-card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">Contactpersonen</h2>
      <p className="muted small">
        Aan hen richt de Werkbank de e-mails: de uitvraag, de herinneringen, de bevestiging van ontvangst en het gezamenlijk
        overzicht. Alleen de eigen mensen van de partijen; niets hiervan verlaat uw computer.
      </p>
      <ReadOnlyNote what="contactpersonen toevoegen, wijzigen of verwijderen" />
      <LoadView state={contacts} what="de contactpersonen">
        {(list) => (
          <div className="contacts-grid">
            {parties.map((p) => (
              <PartyContacts key={p.id} party={p} contacts={list.filter((c) => c.partyId === p.id)} />
            ))}
          </div>
        )}
      </LoadView>
    </section>
  );
}

function PartyContacts({ party, contacts }: { party: PartyWithCounts; contacts: PartyContact[] }) {
  const [editing, setEditing] = useState<number | null>(null);
  const removeContact = useChasing((s) => s.removeContact);
  const busy = useChasing((s) => s.busy);
  const where = `contact-${party.id}`;
  return (
    <div className="party-contacts" role="group" aria-labelledby={`${where}-title`}>
      <h3 id={`${where}-title`}>{party.shortName}</h3>
      {contacts.length === 0 ? (
        <p className="muted small">Nog geen contactpersoon.</p>
      ) : (
        <ul className="contact-list">
          {contacts.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ContactForm partyId={party.id} contact={c} where={where} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={c.id} className="contact-item">
                <div>
                  <strong>{c.name}</strong>
                  {c.role && <span className="muted small"> · {c.role}</span>}
                  <div className="small">{c.email}</div>
                </div>
                <div className="contact-actions">
                  <WriteButton type="button" className="button-quiet" onClick={() => setEditing(c.id)} disabled={busy}>
                    Wijzig<span className="visually-hidden"> {c.name}</span>
                  </WriteButton>
                  <WriteButton type="button" className="button-quiet" onClick={() => void removeContact(c, where)} disabled={busy}>
                    Verwijder<span className="visually-hidden"> {c.name}</span>
                  </WriteButton>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editing === null && <ContactForm partyId={party.id} where={where} onDone={() => {}} />}
      <Outcome where={where} />
    </div>
  );
}

function ContactForm({ partyId, contact, where, onDone }: { partyId: string; contact?: PartyContact; where: string; onDone: () => void }) {
  const id = useId();
  const saveContact = useChasing((s) => s.saveContact);
  const busy = useChasing((s) => s.busy);
  const empty = { name: '', email: '', role: '' };
  const [draft, setDraft] = useState(contact ? { name: contact.name, email: contact.email, role: contact.role } : empty);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await saveContact({ ...(contact ? { id: contact.id } : {}), partyId, ...draft }, where);
    if (ok) {
      if (!contact) setDraft(empty);
      onDone();
    }
  };
  return (
    <form className="contact-form" onSubmit={(e) => void onSubmit(e)} aria-label={contact ? `${contact.name} wijzigen` : 'Contactpersoon toevoegen'}>
      <WriteFieldset>
        <div className="form-row">
          <TextField id={`${id}-name`} label="Naam" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} />
          <TextField id={`${id}-email`} label="E-mailadres" value={draft.email} onChange={(email) => setDraft({ ...draft, email })} email />
          <TextField id={`${id}-role`} label="Rol (niet verplicht)" value={draft.role} onChange={(role) => setDraft({ ...draft, role })} />
        </div>
        <div className="form-actions">
          <button type="submit" className={contact ? 'button-primary' : 'button-quiet'} disabled={busy}>
            {contact ? 'Opslaan' : 'Toevoegen'}
          </button>
          {contact && (
            <button type="button" className="button-quiet" onClick={onDone}>
              Annuleren
            </button>
          )}
        </div>
      </WriteFieldset>
    </form>
  );
}
