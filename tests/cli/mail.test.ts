// `prestatie mail` and `prestatie kalender --ics`, spawned as a user runs
// them: real .eml files read back by postal-mime with the workbook beside them,
// reminders for exactly who is missing, and an .ics that ical.js reads.
import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWerkbank } from '../../src/service/index';
import { GEMEENTE_CHOICES_FILE, gemeenteChoicesWorkbook } from '../fixtures/link-choices';
import { cliWorkspace } from '../helpers/cli';

const { tmp, db, prestatie } = cliWorkspace('werkbank-cli-mail-');
const VAN = 'Annet de Vries <secretariaat@druten.nl>';

beforeAll(async () => {
  const werkbank = openWerkbank({ databasePath: db, changedBy: 'secretaris' });
  for (const [partyId, name, email] of [
    ['gemeente', 'Joke Willems', 'j.willems@druten.nl'],
    ['woonwaarts', 'Piet Jansen', 'p.jansen@woonwaarts.nl'],
    ['de-kernen', 'Ans Bos', 'a.bos@dekernen.nl'],
    ['hbd', 'Henk de Boer', 'secretaris@hbd-huurders.nl'],
  ] as const) {
    await werkbank.api.saveContact({ partyId, name, email });
  }
  werkbank.close();
});

describe('prestatie contact', () => {
  it('adds, lists, changes and removes a party\'s contact, and refuses an address without a domain', () => {
    const added = prestatie(['contact', '--partij', 'Bewonersraad', '--naam', 'Marja Hendriks', '--email', 'm.hendriks@bewonersraad.nl', '--rol', 'secretaris']);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^Contactpersoon van Bewonersraad De Kernen toegevoegd:\n {2}(\d+)\. Marja Hendriks <m\.hendriks@bewonersraad\.nl> \(secretaris\)$/m);
    const id = /(\d+)\. Marja/.exec(added.out)?.[1] as string;

    const list = prestatie(['contact']);
    expect(list.out).toContain('Woonwaarts:\n  ');
    expect(list.out).toContain(`Bewonersraad De Kernen:\n  ${id}. Marja Hendriks <m.hendriks@bewonersraad.nl> (secretaris)`);

    const wrong = prestatie(['contact', '--wijzig', id, '--partij', 'Bewonersraad', '--naam', 'Marja Hendriks', '--email', 'marja@bewonersraad']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('"marja@bewonersraad" is geen geldig e-mailadres');

    expect(prestatie(['contact', '--verwijder', id]).out).toBe('Contactpersoon van Bewonersraad De Kernen verwijderd: Marja Hendriks <m.hendriks@bewonersraad.nl>.\n');
    expect(prestatie(['contact', '--partij', 'Bewonersraad']).out).toContain('(nog geen; voeg toe met --partij, --naam en --email)');
  });
});

describe('prestatie mail', () => {
  it('asks for a round it knows, in Dutch', () => {
    const { code, err } = prestatie(['mail', '--ronde', 'alles', '--jaar', '2027', '--uit', tmp.dir]);
    expect(code).toBe(2);
    expect(err).toContain('--ronde is een van activiteiten, resultaten, herinnering, bedankt, overzicht, niet "alles".');
  });

  it('asks who the e-mails come from until that is set', () => {
    const { code, err } = prestatie(['mail', '--ronde', 'activiteiten', '--jaar', '2027', '--uit', path.join(tmp.dir, 'x')]);
    expect(code).toBe(1);
    expect(err).toContain('Vul eerst in van wie de e-mails komen');
  });

  it('writes the uitvraag e-mails with each party\'s workbook attached, the same bytes as the workbook beside it', async () => {
    const folder = path.join(tmp.dir, 'uitvraag');
    const { code, out } = prestatie(['mail', '--ronde', 'activiteiten', '--jaar', '2027', '--uit', folder, '--van', VAN]);
    expect(code).toBe(0);
    expect(out).toContain('Geen contactpersoon bij Bewonersraad De Kernen: voeg die toe op de pagina Partijen van de app of met prestatie contact.');
    expect(out).toContain('4 e-mails klaargezet.');
    const emls = fs.readdirSync(folder).filter((f) => f.endsWith('.eml')).sort();
    expect(emls).toEqual([
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - De Kernen.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - Gemeente.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - HBD.eml',
      'Uitvraag activiteitenoverzicht planningsjaar 2027 - Woonwaarts.eml',
    ]);
    const mail = await PostalMime.parse(fs.readFileSync(path.join(folder, emls[2] as string)));
    expect(mail.subject).toBe('Uitvraag activiteitenoverzicht planningsjaar 2027: graag uiterlijk 30 juni 2026');
    expect(mail.to).toEqual([{ name: 'Henk de Boer', address: 'secretaris@hbd-huurders.nl' }]);
    expect(mail.text).toContain('In de bijlage vindt u de werkmap voor Huurdersbelangen Beuningen Druten');
    const attachment = mail.attachments[0];
    expect(attachment?.filename).toBe('Uitvraag activiteitenoverzicht 2027 - HBD.xlsx');
    expect(Buffer.from(attachment?.content as ArrayBuffer).equals(fs.readFileSync(path.join(folder, 'Uitvraag activiteitenoverzicht 2027 - HBD.xlsx')))).toBe(true);
  });

  it('after the deadline reminds exactly those who sent nothing, and says why the others get none', async () => {
    const file = path.join(tmp.dir, GEMEENTE_CHOICES_FILE);
    fs.writeFileSync(file, await gemeenteChoicesWorkbook());
    expect(prestatie(['importeer', file, '--partij', 'Gemeente', '--jaar', '2027']).code).toBe(0);
    const folder = path.join(tmp.dir, 'herinnering');
    const { code, out } = prestatie(['mail', '--ronde', 'herinnering', '--jaar', '2027', '--uit', folder, '--datum', '2026-07-04', '--van', VAN]);
    expect(code).toBe(0);
    expect(fs.readdirSync(folder).sort()).toEqual([
      'Te laat activiteitenoverzicht planningsjaar 2027 - De Kernen.eml',
      'Te laat activiteitenoverzicht planningsjaar 2027 - HBD.eml',
      'Te laat activiteitenoverzicht planningsjaar 2027 - Woonwaarts.eml',
    ]);
    expect(out).toContain('Geen e-mail voor Gemeente: al ontvangen.');
    const mail = await PostalMime.parse(fs.readFileSync(path.join(folder, 'Te laat activiteitenoverzicht planningsjaar 2027 - Woonwaarts.eml')));
    expect(mail.text).toContain('was 30 juni 2026, 4 dagen geleden');
  });
});

describe('prestatie kalender --ics', () => {
  it('writes the year\'s cycle as a calendar file that ical.js reads, every title with its year', async () => {
    const target = path.join(tmp.dir, 'agenda', 'jaarcyclus 2027.ics');
    const { code, out } = prestatie(['kalender', '--jaar', '2027', '--ics', target]);
    expect(code).toBe(0);
    expect(out).toContain('12 fasen, termijnen en overleggen');
    const { default: ICAL } = await import('ical.js');
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(target, 'utf8')));
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toHaveLength(12);
    expect(summaries.every((s) => /\((planningsjaar|uitvoeringsjaar|uitvoeringsjaren) [\d–]+( en planningsjaar \d+)?\)$/.test(s))).toBe(true);
    expect(summaries).toContain('Termijn: Activiteitenoverzichten bij de werkgroep (planningsjaar 2028)');
  });

  it('asks for the file', () => {
    const { code, err } = prestatie(['kalender', '--jaar', '2027']);
    expect(code).toBe(2);
    expect(err).toContain('Geef met --ics BESTAND op waar de agenda moet komen');
  });
});
