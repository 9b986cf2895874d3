// A party of the active set edited after the import (Beheer page): name,
// short name, other names, and which tenant organisation belongs to which
// corporation. Checking and storing is the service's (updateParty): it makes
// a backup, logs the change, and refuses with a Dutch message that says what
// is wrong; what was typed then stays in the form.
import { useId, useState, type FormEvent } from 'react';
import type { PartyEdit } from '../../../src/service/party-edit-contract';
import { PARTNER_KIND, type Party } from '../../../src/domain/types';
import { errorMessage } from '../api/client';
import { core } from '../api/core';
import { useWerkbank } from '../store';
import { ErrorMessage } from './Status';
import { ReadOnlyNote, WriteFieldset } from './Writes';

interface Draft {
  name: string;
  shortName: string;
  aliases: string;
  linked: string[];
}

/** Other names as typed: one a line or separated by commas. */
export function parseAliases(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((a) => a.trim()).filter((a) => a !== ''))];
}

/** "Huurdersbelangen Beuningen Druten (HBD)"; a name that is its own short name once. */
function label(party: Pick<Party, 'name' | 'shortName'>): string {
  return party.shortName === party.name ? party.name : `${party.name} (${party.shortName})`;
}

function draftOf(party: Party): Draft {
  return { name: party.name, shortName: party.shortName, aliases: party.aliases.join('\n'), linked: [...party.linkedPartyIds] };
}

/** The fields the draft changes, as an edit; null when nothing changed. */
export function partyEditOf(party: Party, draft: Draft): PartyEdit | null {
  const edit: PartyEdit = { id: party.id };
  if (draft.name !== party.name) edit.name = draft.name;
  if (draft.shortName !== party.shortName) edit.shortName = draft.shortName;
  const aliases = parseAliases(draft.aliases);
  if (aliases.join('|') !== party.aliases.join('|')) edit.aliases = aliases;
  if ([...draft.linked].sort().join('|') !== [...party.linkedPartyIds].sort().join('|')) edit.linkedPartyIds = draft.linked;
  return Object.keys(edit).length === 1 ? null : edit;
}

export function PartyEditForm() {
  const parties = useWerkbank((s) => s.parties);
  const loadParties = useWerkbank((s) => s.loadParties);
  const id = useId();
  const [partyId, setPartyId] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const list = 'value' in parties ? (parties.value ?? []) : [];
  if (list.length === 0) return null;
  const party = list.find((p) => p.id === partyId) ?? (list[0] as Party);
  const value = draft ?? draftOf(party);
  const edit = partyEditOf(party, value);
  const partnerKind = PARTNER_KIND[party.kind];
  const partners = list.filter((p) => p.kind === partnerKind);
  const change = (next: Partial<Draft>) => {
    setDraft({ ...value, ...next });
    setSaved(null);
  };
  const choose = (next: string) => {
    setPartyId(next);
    setDraft(null);
    setError(null);
    setSaved(null);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!edit) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    void core()
      .updateParty(edit)
      .then(async (result) => {
        await loadParties();
        setDraft(null);
        setSaved(`${label(result)} is opgeslagen. De stand van vlak daarvoor is bewaard als ${result.backup}; de wijziging staat in het logboek.`);
      })
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };
  return (
    <section className="card party-edit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Partijen</h2>
      <p className="lead">
        De namen van de partijen van deze set, zoals de Werkbank ze in de afspraken en in de bestanden van partners herkent, en welke
        huurdersorganisatie bij welke corporatie hoort. Eerst wordt een reservekopie gemaakt; iedere wijziging komt in het logboek.
      </p>
      <ReadOnlyNote what="een partij wijzigen" />
      <div className="field field-inline party-choice">
        <label htmlFor={`${id}-party`}>Partij</label>
        <select id={`${id}-party`} value={party.id} onChange={(e) => choose(e.target.value)}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {label(p)}
            </option>
          ))}
        </select>
      </div>
      <form className="party-edit-form" aria-label={`${party.name} wijzigen`} onSubmit={onSubmit}>
        <WriteFieldset>
          <div className="field">
            <label htmlFor={`${id}-name`}>Naam</label>
            <input id={`${id}-name`} value={value.name} maxLength={200} onChange={(e) => change({ name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-short`}>Korte naam</label>
            <input id={`${id}-short`} value={value.shortName} maxLength={200} onChange={(e) => change({ shortName: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-aliases`}>Andere namen</label>
            <textarea
              id={`${id}-aliases`}
              rows={4}
              aria-describedby={`${id}-aliases-hint`}
              value={value.aliases}
              onChange={(e) => change({ aliases: e.target.value })}
            />
            <p id={`${id}-aliases-hint`} className="hint">
              Eén naam per regel, of gescheiden door komma’s: hoe de partij ook wordt geschreven.
            </p>
          </div>
          {partnerKind === null ? (
            <p className="hint">Een gemeente hoort niet bij een corporatie of huurdersorganisatie.</p>
          ) : (
            <fieldset className="check-group">
              <legend>Hoort bij</legend>
              {partners.length === 0 && <p className="hint">Deze set heeft geen {partnerKind}.</p>}
              {partners.map((p) => (
                <div key={p.id} className="check-field">
                  <input
                    id={`${id}-link-${p.id}`}
                    type="checkbox"
                    checked={value.linked.includes(p.id)}
                    onChange={(e) => change({ linked: e.target.checked ? [...value.linked, p.id] : value.linked.filter((l) => l !== p.id) })}
                  />
                  <label htmlFor={`${id}-link-${p.id}`}>
                    {label(p)}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          {error && <ErrorMessage>{error}</ErrorMessage>}
          {saved && (
            <div className="success-box" role="status">
              <p>{saved}</p>
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy || edit === null}>
              {busy ? 'Bezig met opslaan…' : 'Partij opslaan'}
            </button>
            <button type="button" className="button-quiet" disabled={busy || draft === null} onClick={() => choose(party.id)}>
              Wijzigingen weggooien
            </button>
          </div>
        </WriteFieldset>
      </form>
    </section>
  );
}
