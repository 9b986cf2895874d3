// The preview of an agreement set read from its document, as the terminal shows it.
import { formatDateNl } from '../domain/calendar';
import { describeTarget } from '../domain/indicators';
import { PARTY_KIND_WORDS } from '../domain/types';
import type { AgreementSetListing, AgreementSetPreview, StoredAgreementSet } from '../service/contract';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The preview; with what was stored when the set was saved, else the note that nothing was. */
export function formatAgreementSetPreview(p: AgreementSetPreview, stored?: StoredAgreementSet): string {
  const lines: string[] = [];
  const c = p.counts;
  lines.push(`${p.title || '(geen titel)'}${p.code ? ` (${p.code})` : ''}`);
  lines.push(`Gelezen uit ${p.fileName} (${p.format === 'docx' ? 'Word-document' : 'ingevuld sjabloon'}).`);
  const period = p.periodStart && p.periodEnd ? `Looptijd ${p.periodStart} t/m ${p.periodEnd}` : 'Looptijd onbekend';
  const signed = p.signedOn ? `; ondertekend op ${formatDateNl(p.signedOn)}${p.signedPlace ? ` te ${p.signedPlace}` : ''}` : '';
  lines.push(`${period}${signed}.`);
  lines.push('', "Thema's en onderwerpen:");
  for (const theme of p.themes) {
    lines.push(`  ${theme.number} ${theme.title}`);
    for (const t of theme.topics) {
      lines.push(`    ${t.number} ${t.title}: ${plural(t.ambitions, 'ambitie', 'ambities')}, ${t.commitments} inzet, ${plural(t.agreements, 'afspraak', 'afspraken')}`);
    }
  }
  lines.push(
    `Samen: ${plural(c.themes, 'thema', "thema's")}, ${plural(c.topics, 'onderwerp', 'onderwerpen')}, ${plural(c.ambitions, 'ambitie', 'ambities')}, ${c.commitments} inzet, ${plural(c.agreements, 'afspraak', 'afspraken')}` +
      `${c.cycleSteps > 0 ? `, ${plural(c.cycleSteps, 'stap', 'stappen')} in de jaarcyclus` : ''}${c.glossaryTerms > 0 ? `, ${plural(c.glossaryTerms, 'begrip', 'begrippen')}` : ''}${c.indicators > 0 ? `, ${plural(c.indicators, 'indicator', 'indicatoren')}` : ''}.`,
  );

  lines.push('', p.format === 'docx' ? 'Voorgestelde partijen (controleer ze vóór het opslaan):' : 'Partijen:');
  for (const party of p.parties) {
    const kind = `${PARTY_KIND_WORDS[party.kind]}${party.kindGuessed ? ' (geraden)' : ''}`;
    const link = party.linkedTo.length > 0 ? `, hoort bij ${party.linkedTo.join(' en ')}${party.linkGuessed ? ' (geraden)' : ''}` : '';
    const signatory = party.signatory.name ? `; ondertekend door ${party.signatory.name}${party.signatory.role ? `, ${party.signatory.role}` : ''}` : '';
    lines.push(`  ${party.name}: ${kind}${link}${signatory}`);
  }
  for (const g of p.groups) lines.push(`  "${g.name}" staat voor: ${g.members.join(', ')}`);

  if (p.proposedIndicators.length > 0) {
    lines.push('', `Voorgestelde indicatoren uit de tekst (${p.proposedIndicators.length}; het secretariaat bevestigt ze):`);
    for (const i of p.proposedIndicators) {
      const parties = i.partyIds.map((id) => p.parties.find((x) => x.id === id)?.shortName ?? id).join(', ');
      lines.push(`  ${i.topicNumber}: ${describeTarget(i)}${parties ? ` (${parties})` : ''}`);
      lines.push(`      "${i.sourceQuote}"`);
    }
  }

  const errors = p.problems.filter((x) => x.severity === 'error');
  const warnings = p.problems.filter((x) => x.severity === 'warning');
  if (errors.length > 0) lines.push('', `Fouten (${errors.length}):`, ...errors.map((x) => `  - ${x.message}`));
  if (warnings.length > 0) lines.push('', `Waarschuwingen (${warnings.length}):`, ...warnings.map((x) => `  - ${x.message}`));
  if (p.problems.length === 0) lines.push('', 'Geen problemen gevonden.');
  if (stored) {
    lines.push(
      '',
      `Opgeslagen: ${stored.title} (${stored.code}), looptijd ${stored.periodStart}–${stored.periodEnd}, ${plural(stored.agreements, 'afspraak', 'afspraken')}` +
        `${stored.warnings > 0 ? `; de ${plural(stored.warnings, 'waarschuwing', 'waarschuwingen')} hierboven ${stored.warnings === 1 ? 'staat' : 'staan'} erbij zoals gelezen` : ''}.`,
      `De stand van vlak daarvoor is bewaard als ${stored.backup} (terug te zetten met prestatie herstel ${stored.backup}).`,
      `Werk ermee met --set ${stored.code}, bijvoorbeeld: prestatie afspraken --set ${stored.code}`,
    );
  } else {
    lines.push('', 'Er is niets opgeslagen: dit is wat de Werkbank in het bestand leest.');
  }
  return lines.join('\n');
}

/** The stored sets, the active one marked. */
export function formatAgreementSets(list: AgreementSetListing[]): string {
  const lines = list.map(
    (s) => `${s.active ? '* ' : '  '}${s.code}  ${s.title} (${s.periodStart}–${s.periodEnd}, ${plural(s.agreements, 'afspraak', 'afspraken')})${s.active ? '  [actief]' : ''}`,
  );
  lines.push('', 'Kies een set met --set CODE bij elke opdracht, bijvoorbeeld: prestatie afspraken --set CODE');
  return lines.join('\n');
}
