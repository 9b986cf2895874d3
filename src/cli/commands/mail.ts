// prestatie mail, contact: the chasing mails and the partners' contacts.
import fs from 'node:fs';
import path from 'node:path';
import type { MailBatch, MailKind } from '../../service/contract';
import { type Io, UsageError, parse, integer, withApi } from '../args';
import { HELP } from '../help';
import { submissionKindOfWord, type SubmissionKind } from '../../domain/submissions';
import { partyIdOf, partyNamer } from '../common';

/** `--ronde` as typed, Dutch: the e-mails it makes, and the round it fixes (the uitvraag of either kind). */
const MAIL_ROUNDS: Record<string, { kinds: MailKind[]; label: string; round?: SubmissionKind }> = {
  activiteiten: { kinds: ['request'], label: 'uitvraag activiteitenoverzicht', round: 'activities' },
  resultaten: { kinds: ['request'], label: 'uitvraag resultaten', round: 'results' },
  herinnering: { kinds: ['reminder', 'late'], label: 'herinnering' },
  bedankt: { kinds: ['thanks'], label: 'bevestiging van ontvangst' },
  overzicht: { kinds: ['overview'], label: 'gezamenlijk activiteitenoverzicht' },
};

export async function mail(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    ronde: { type: 'string' },
    jaar: { type: 'string' },
    uit: { type: 'string' },
    partij: { type: 'string' },
    soort: { type: 'string' },
    datum: { type: 'string' },
    van: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const ronde = values.ronde ?? '';
  const spec = MAIL_ROUNDS[ronde];
  if (!spec) throw new UsageError(`--ronde is een van ${Object.keys(MAIL_ROUNDS).join(', ')}${values.ronde === undefined ? '' : `, niet "${ronde}"`}.`);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het jaar op met --jaar N.');
  if (!values.uit) throw new UsageError('Geef met --uit MAP op waar de e-mails moeten komen.');
  const soort = values.soort ?? 'activiteiten';
  const soortKind = submissionKindOfWord(soort);
  if (!soortKind) throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${soort}".`);
  const round = spec.round ?? soortKind;
  let sender: { name: string; email: string } | undefined;
  if (values.van !== undefined) {
    const m = /^\s*(.*?)\s*<\s*([^<>\s]+)\s*>\s*$/.exec(values.van);
    if (!m || !m[1]) throw new UsageError('--van verwacht uw naam en adres, zo: --van "Annet de Vries <secretariaat@druten.nl>".');
    sender = { name: m[1], email: m[2] as string };
  }
  const folder = path.resolve(values.uit);
  await withApi(values, async (api) => {
    const partyIds = values.partij !== undefined ? [await partyIdOf(api, values.partij)] : undefined;
    const nameOf = await partyNamer(api);
    const batches: MailBatch[] = [];
    for (const kind of spec.kinds) {
      batches.push(
        await api.makeMails({
          kind,
          round,
          year,
          ...(partyIds ? { partyIds } : {}),
          ...(values.datum !== undefined ? { date: values.datum } : {}),
          ...(sender ? { sender } : {}),
        }),
      );
    }
    const drafts = batches.flatMap((b) => b.drafts);
    // A party one kind skips may be served by the other (before or after the deadline): say only what none served.
    const served = new Set(drafts.map((d) => d.partyId));
    const without = [...new Set(batches.flatMap((b) => b.withoutContacts))];
    const skipped = (batches[batches.length - 1]?.skipped ?? []).filter((s) => !served.has(s.partyId) && !without.includes(nameOf(s.partyId)));
    fs.mkdirSync(folder, { recursive: true });
    const written = drafts.map((d) => {
      const target = path.join(folder, d.name);
      fs.writeFileSync(target, Buffer.from(d.data, 'base64'));
      for (const a of d.attachments) fs.writeFileSync(path.join(folder, a.name), Buffer.from(a.data, 'base64'));
      return { file: target, partyId: d.partyId, to: d.to, subject: d.subject, attachments: d.attachments.map((a) => a.name) };
    });
    if (values.json) return io.out(JSON.stringify({ written, withoutContacts: without, skipped }, null, 2));
    const lines = [`E-mails (${spec.label}, ${round === 'activities' ? 'planningsjaar' : 'uitvoeringsjaar'} ${year}) in ${folder}:`];
    for (const w of written) {
      lines.push(`  ${path.basename(w.file)}`, `      aan ${w.to.join(', ')}`);
      if (w.attachments.length > 0) lines.push(`      bijlage: ${w.attachments.join(', ')}`);
    }
    if (written.length === 0) lines.push('  (geen)');
    for (const s of skipped) lines.push(`Geen e-mail voor ${nameOf(s.partyId)}: ${s.reason}.`);
    if (without.length > 0) lines.push(`Geen contactpersoon bij ${without.join(', ')}: voeg die toe op de pagina Partijen van de app of met prestatie contact.`);
    lines.push(
      `${written.length} ${written.length === 1 ? 'e-mail' : 'e-mails'} klaargezet. Open een .eml-bestand met uw e-mailprogramma om het te controleren en te versturen.`,
    );
    io.out(lines.join('\n'));
  });
}

export async function contact(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    partij: { type: 'string' },
    naam: { type: 'string' },
    email: { type: 'string' },
    rol: { type: 'string' },
    wijzig: { type: 'string' },
    verwijder: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  await withApi(values, async (api) => {
    const nameOf = await partyNamer(api);
    const line = (c: { id: number; name: string; email: string; role: string }) => `  ${c.id}. ${c.name} <${c.email}>${c.role ? ` (${c.role})` : ''}`;
    const removeId = integer(values.verwijder, '--verwijder');
    if (removeId !== undefined) {
      const { removed } = await api.removeContact({ id: removeId });
      return io.out(values.json ? JSON.stringify(removed, null, 2) : `Contactpersoon van ${nameOf(removed.partyId)} verwijderd: ${removed.name} <${removed.email}>.`);
    }
    if (values.naam !== undefined || values.email !== undefined || values.wijzig !== undefined) {
      if (!values.partij || !values.naam || !values.email) throw new UsageError('Geef --partij, --naam en --email op (en eventueel --rol).');
      const id = integer(values.wijzig, '--wijzig');
      const saved = await api.saveContact({
        ...(id !== undefined ? { id } : {}),
        partyId: await partyIdOf(api, values.partij),
        name: values.naam,
        email: values.email,
        ...(values.rol !== undefined ? { role: values.rol } : {}),
      });
      return io.out(values.json ? JSON.stringify(saved, null, 2) : `Contactpersoon van ${nameOf(saved.partyId)} ${id === undefined ? 'toegevoegd' : 'gewijzigd'}:\n${line(saved)}`);
    }
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    const contacts = await api.listContacts(partyId ? { partyId } : {});
    if (values.json) return io.out(JSON.stringify(contacts, null, 2));
    const parties = (await api.listParties()).filter((p) => !partyId || p.id === partyId);
    const lines = ['Contactpersonen:'];
    for (const p of parties) {
      const own = contacts.filter((c) => c.partyId === p.id);
      lines.push(`${p.shortName}:`, ...(own.length > 0 ? own.map(line) : ['  (nog geen; voeg toe met --partij, --naam en --email)']));
    }
    io.out(lines.join('\n'));
  });
}
