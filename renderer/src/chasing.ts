// Chasing the partners in the app: the contacts on the Partijen page, the
// sender and the texts of the e-mails, and the e-mail (or calendar) one click
// away. What an e-mail says and to whom is the service's; this asks for the
// file and hands it to the shell to save.
import { create } from 'zustand';
import type { ContactEdit, MailKind, MailSetup, MailTemplateEdit, PartyContact } from '../../src/service/contract';
import type { SubmissionKind } from '../../src/domain/submissions';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { saveFile } from './files';
import { load, type Loadable } from './loadable';

export interface ChasingState {
  contacts: Loadable<PartyContact[]>;
  setup: Loadable<MailSetup>;
  /** Why the last change or download did not go through, in Dutch; with the party or form it belongs to. */
  error: { where: string; message: string } | null;
  /** What the last action did, in Dutch. */
  done: { where: string; message: string } | null;
  busy: boolean;

  open(): void;
  saveContact(edit: ContactEdit, where: string): Promise<boolean>;
  removeContact(contact: PartyContact, where: string): Promise<boolean>;
  setSender(sender: { name: string; email: string }): Promise<boolean>;
  setTemplate(edit: MailTemplateEdit): Promise<boolean>;
  /** Makes the e-mail of one kind for one party (or everyone) and saves the .eml. */
  downloadMail(arg: { kind: MailKind; round: SubmissionKind; year: number; partyId?: string }, where: string): Promise<void>;
  downloadCalendar(year: number): Promise<void>;
}

export const useChasing = create<ChasingState>()((set, get) => {
  /** Runs a change, shows its outcome where it was asked, and reloads what it changed. */
  async function act(where: string, run: () => Promise<string | null>): Promise<boolean> {
    set({ busy: true, error: null, done: null });
    try {
      const message = await run();
      set({ busy: false, done: message ? { where, message } : null });
      return true;
    } catch (err) {
      set({ busy: false, error: { where, message: errorMessage(err) } });
      return false;
    }
  }
  const reloadContacts = () =>
    load(
      () => get().contacts,
      (contacts) => set({ contacts }),
      () => core().listContacts({}),
    );

  return {
    contacts: { status: 'idle' },
    setup: { status: 'idle' },
    error: null,
    done: null,
    busy: false,

    open() {
      void reloadContacts();
      void load(
        () => get().setup,
        (setup) => set({ setup }),
        () => core().getMailSetup(),
      );
    },

    saveContact(edit, where) {
      return act(where, async () => {
        const saved = await core().saveContact(edit);
        await reloadContacts();
        return `${saved.name} is opgeslagen.`;
      });
    },

    removeContact(contact, where) {
      return act(where, async () => {
        await core().removeContact({ id: contact.id });
        await reloadContacts();
        return `${contact.name} is verwijderd.`;
      });
    },

    setSender(sender) {
      return act('afzender', async () => {
        set({ setup: { status: 'ready', value: await core().setMailSender(sender) } });
        return 'De afzender is opgeslagen.';
      });
    },

    setTemplate(edit) {
      return act(`tekst-${edit.kind}`, async () => {
        set({ setup: { status: 'ready', value: await core().setMailTemplate(edit) } });
        return edit.subject === '' && edit.body === '' ? 'De standaardtekst geldt weer.' : 'De tekst is opgeslagen.';
      });
    },

    async downloadMail(arg, where) {
      await act(where, async () => {
        const batch = await core().makeMails({ kind: arg.kind, round: arg.round, year: arg.year, ...(arg.partyId ? { partyIds: [arg.partyId] } : {}) });
        const [draft] = batch.drafts;
        if (!draft) {
          if (batch.withoutContacts.length > 0) {
            throw new Error(`Er is nog geen contactpersoon bij ${batch.withoutContacts.join(', ')}. Voeg die toe op de pagina Partijen.`);
          }
          throw new Error(batch.skipped[0] ? `Geen e-mail: ${batch.skipped[0].reason}.` : 'Er is geen e-mail te maken.');
        }
        saveFile({ name: draft.name, data: draft.data });
        return `${draft.name} is klaargezet: open het met uw e-mailprogramma om het te versturen.`;
      });
    },

    async downloadCalendar(year) {
      await act('agenda', async () => {
        const file = await core().makeCycleCalendar({ year });
        saveFile(file);
        return `${file.name} is klaargezet (${file.events} fasen, termijnen en overleggen). Importeer het één keer in uw agenda.`;
      });
    },
  };
});
