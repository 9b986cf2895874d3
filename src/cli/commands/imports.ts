// prestatie uitvraag, importeer: the uitvraag made and a partner's file read in.
import fs from 'node:fs';
import path from 'node:path';
import type { FileRow, ImportPreview, ImportRequest, LinkDecision, ResultsImportRequest, ResultsPreview, WerkbankApi } from '../../service/contract';
import type { AgreementRow } from '../../domain/agreements';
import { ServiceError } from '../../domain/errors';
import { countLinks } from '../../domain/links';
import { formatDateNl } from '../../domain/calendar';
import { toApiError } from '../../service/dispatch';
import { RESULT_STATUS_WORD_LIST, statusOfWord } from '../../domain/results';
import { submissionKindOfWord } from '../../domain/submissions';
import { normalizeForSearch } from '../../domain/text';
import type { StatusChoice } from '../../imports/status-choices';
import { formatPreview, formatResultsPreview } from '../format';
import { type Io, UsageError, CommandFailed, parse, integer, withApi } from '../args';
import { HELP } from '../help';
import { partyIdOf, partyNamer, readFileForImport } from '../common';

export async function uitvraag(args: string[], io: Io): Promise<void> {
  const { values } = parse(args, {
    jaar: { type: 'string' },
    soort: { type: 'string' },
    uit: { type: 'string' },
    partij: { type: 'string' },
    contact: { type: 'string' },
    email: { type: 'string' },
  });
  if (values.help) return io.out(HELP);
  const year = integer(values.jaar, '--jaar');
  if (year === undefined) throw new UsageError('Geef het planningsjaar op met --jaar N.');
  if (!values.uit) throw new UsageError('Geef met --uit MAP op waar de werkmappen moeten komen.');
  const soort = values.soort ?? 'activiteiten';
  const kind = submissionKindOfWord(soort);
  if (!kind) {
    throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${soort}".`);
  }
  const folder = path.resolve(values.uit);
  await withApi(values, async (api) => {
    const partyIds = values.partij !== undefined ? [await partyIdOf(api, values.partij)] : undefined;
    const contact = {
      ...(partyIds ? { partyIds } : {}),
      ...(values.contact ? { contactName: values.contact } : {}),
      ...(values.email ? { contactEmail: values.email } : {}),
    };
    const files =
      kind === 'results'
        ? await api.makeResultsRequests({ executionYear: year, ...contact })
        : await api.makeActivityRequests({ planningYear: year, ...contact });
    fs.mkdirSync(folder, { recursive: true });
    const written = files.map((file) => {
      const target = path.join(folder, file.name);
      fs.writeFileSync(target, Buffer.from(file.data, 'base64'));
      return target;
    });
    if (values.json) io.out(JSON.stringify(written, null, 2));
    else io.out([`Uitvraag ${kind === 'results' ? 'resultaten uitvoeringsjaar' : 'planningsjaar'} ${year}:`, ...written.map((w) => `  ${w}`), `${written.length} werkmap(pen) gemaakt.`].join('\n'));
  });
}

export async function importeer(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parse(
    args,
    {
      partij: { type: 'string' },
      jaar: { type: 'string' },
      proef: { type: 'boolean' },
      ontvangen: { type: 'string' },
      soort: { type: 'string' },
      status: { type: 'string', multiple: true },
      koppel: { type: 'string', multiple: true },
      afspraak: { type: 'string', multiple: true },
      bevestig: { type: 'boolean' },
      'wel-activiteit': { type: 'string', multiple: true },
      'geen-activiteit': { type: 'string', multiple: true },
    },
    true,
  );
  const kind = values.soort === undefined ? undefined : submissionKindOfWord(values.soort);
  if (kind === null) {
    throw new UsageError(`--soort is "activiteiten" of "resultaten", niet "${values.soort}".`);
  }
  if (values.help) return io.out(HELP);
  if (positionals.length === 0) throw new UsageError('Geef een of meer bestanden op: prestatie importeer BESTAND…');
  const year = integer(values.jaar, '--jaar');
  const statusChoices = (values.status ?? []).map(statusChoice);
  const pairings = (values.koppel ?? []).map(pairingArg);
  const linkChoices = (values.afspraak ?? []).map(linkChoiceArg);
  const keptRows = (values['wel-activiteit'] ?? []).map((v) => keptRowArg(v, '--wel-activiteit'));
  const noteRows = (values['geen-activiteit'] ?? []).map((v) => keptRowArg(v, '--geen-activiteit'));
  // The service checks the day (a real date, not in the future) and refuses the file otherwise.
  const received = values.ontvangen !== undefined ? { receivedOn: values.ontvangen } : {};
  let failed = 0;
  await withApi(values, async (api) => {
    const partyId = values.partij !== undefined ? await partyIdOf(api, values.partij) : undefined;
    const nameOf = await partyNamer(api);
    const results: unknown[] = [];
    for (const file of positionals) {
      const request: ImportRequest = {
        file: { name: path.basename(file), data: readFileForImport(file) },
        ...(partyId ? { partyId } : {}),
        ...(year !== undefined ? { planningYear: year } : {}),
      };
      try {
        if (kind === 'results' || (kind === undefined && (await isResultsFile(api, request)))) {
          const resultsRequest: ResultsImportRequest = {
            file: request.file,
            ...(partyId ? { partyId } : {}),
            ...(year !== undefined ? { executionYear: year } : {}),
            ...(statusChoices.length > 0 ? { statusChoices } : {}),
          };
          if (pairings.length > 0) resultsRequest.pairings = resolvePairings(pairings, await api.previewResultsImport(resultsRequest));
          const preview = await api.previewResultsImport(resultsRequest);
          if (!values.json) io.out(formatResultsPreview(preview, nameOf));
          if (values.proef) {
            results.push({ file, preview, committed: false });
            if (!values.json) io.out('Proef: er is niets opgeslagen.\n');
            continue;
          }
          const result = await api.commitResultsImport({ ...resultsRequest, ...received });
          results.push({ file, preview, committed: !result.alreadyImported, result });
          if (!values.json) {
            io.out(
              result.alreadyImported
                ? 'Niets gewijzigd: dit bestand was al ingelezen.\n'
                : `Resultaten ingelezen als versie ${result.submission.version} voor ${nameOf(result.submission.partyId)}, uitvoeringsjaar ${result.submission.planningYear}.` +
                    ` Ontvangen op ${formatDateNl(result.submission.receivedOn)}.\n`,
            );
          }
          continue;
        }
        // Lines kept as notes that are activities after all: found among the notes of the file as read.
        if (keptRows.length > 0 || noteRows.length > 0) {
          const first = await api.previewImport(request);
          if (keptRows.length > 0) request.rowsAsActivity = resolveKeptRows(keptRows, first);
          if (noteRows.length > 0) request.rowsAsNote = resolveChosenRows(noteRows, first);
        }
        const preview = await api.previewImport(request);
        if (!values.json) io.out(formatPreview(preview, nameOf));
        if (values.proef) {
          results.push({ file, preview, committed: false });
          if (!values.json) io.out('Proef: er is niets opgeslagen.\n');
          continue;
        }
        const decisions = resolveLinkChoices(linkChoices, values.bevestig === true, preview, await api.listAgreements({}));
        const result = await api.commitImport({ ...request, decisions, ...received });
        results.push({ file, preview, decisions, committed: !result.alreadyImported, result });
        if (!values.json) {
          const open = countLinks(
            preview.activities.filter((a) => !a.correction?.removed),
            Object.fromEntries(decisions.map((d) => [d.position, d.agreementId])),
          );
          const stillOpen = open.proposed + open.choices + open.notFound;
          io.out(
            result.alreadyImported
              ? 'Niets gewijzigd: dit bestand was al ingelezen.\n'
              : `Ingelezen als versie ${result.submission.version} voor ${nameOf(result.submission.partyId)}, planningsjaar ${result.submission.planningYear}` +
                  `${decisions.length > 0 ? `, met ${decisions.length === 1 ? '1 gekozen koppeling' : `${decisions.length} gekozen koppelingen`}` : ''}.` +
                  ` Ontvangen op ${formatDateNl(result.submission.receivedOn)}.` +
                  `${stillOpen > 0 ? ` Nog open: ${open.proposed} voorgesteld, ${open.choices} om uit te kiezen, bij ${open.notFound} geen afspraak gevonden (zie prestatie koppelingen).` : ''}\n`,
          );
        }
      } catch (err) {
        failed++;
        const message = err instanceof ServiceError ? err.message : toApiError(err).message;
        results.push({ file, error: { code: err instanceof ServiceError ? err.code : 'internal', message } });
        io.err(message);
      }
    }
    if (values.json) io.out(JSON.stringify(results, null, 2));
  });
  if (failed > 0) throw new CommandFailed(failed === 1 ? '1 bestand is niet ingelezen.' : `${failed} bestanden zijn niet ingelezen.`);
}

/**
 * --status "niet gerealiseerd=niet gestart": how to read a status text the Werkbank does not know.
 * The status is typed as its Dutch word and passed on as its code.
 */
function statusChoice(value: string): StatusChoice {
  const at = value.lastIndexOf('=');
  const text = at > 0 ? value.slice(0, at).trim() : '';
  const status = at > 0 ? statusOfWord(value.slice(at + 1).trim().toLowerCase()) : undefined;
  if (!text || status === undefined) {
    throw new UsageError(`--status is "TEKST=STATUS" met als STATUS ${RESULT_STATUS_WORD_LIST.join(', ')}; niet "${value}".`);
  }
  return { text, status };
}

/** --afspraak "RIJ=1.1 bij 1 (2)" or "RIJ=geen": the afspraak an activity row belongs to, or none. */
function linkChoiceArg(value: string): { row: number; reference: string | null } {
  const m = /^\s*(\d+)\s*=\s*(.+?)\s*$/.exec(value);
  if (!m) throw new UsageError(`--afspraak is "RIJ=REF" (bijvoorbeeld "12=1.1 bij 1 (2)") of "RIJ=geen"; niet "${value}".`);
  return { row: Number(m[1]), reference: /^geen( afspraak)?$/i.test(m[2] as string) ? null : (m[2] as string) };
}

/** --afspraak and --bevestig as the service takes them: rows by their sheet row, afspraken by their reference. */
function resolveLinkChoices(
  wanted: { row: number; reference: string | null }[],
  confirmAll: boolean,
  preview: ImportPreview,
  agreements: AgreementRow[],
): LinkDecision[] {
  const normal = (r: string) => r.toLowerCase().replace(/\s+/g, ' ').trim();
  const chosen = wanted.map(({ row, reference }): LinkDecision => {
    const activity = preview.activities.find((a) => a.rowNumber === row);
    if (!activity) throw new ServiceError('invalid_input', `--afspraak: ${preview.fileName} heeft geen activiteit op rij ${row}.`);
    if (reference === null) return { position: activity.position, agreementId: null };
    const agreement = agreements.find((a) => normal(a.reference) === normal(reference));
    if (!agreement) {
      const like = agreements.filter((a) => normal(a.reference).startsWith(normal(reference))).map((a) => a.reference);
      throw new ServiceError(
        'invalid_input',
        `--afspraak: er is geen afspraak "${reference}"${like.length > 0 ? `; bedoelt u ${like.join(' of ')}?` : '.'}`,
      );
    }
    return { position: activity.position, agreementId: agreement.id };
  });
  if (!confirmAll) return chosen;
  const confirmed = preview.activities
    .filter((a) => a.link.status === 'proposed' && !chosen.some((c) => c.position === a.position))
    .map((a): LinkDecision => ({ position: a.position, agreementId: a.link.agreementId }));
  return [...chosen, ...confirmed];
}

/** --wel-activiteit or --geen-activiteit "12" or "Blad1!12": a line by its row (and sheet, where rows of several sheets were read). */
function keptRowArg(value: string, option: string): { sheet?: string; row: number } {
  const m = /^(?:(.+)!)?\s*(\d+)\s*$/.exec(value.trim());
  if (!m) throw new UsageError(`${option} is "RIJ" of "BLAD!RIJ" (bijvoorbeeld "12" of "Jaarplan!12"); niet "${value}".`);
  return { ...(m[1] !== undefined ? { sheet: m[1].trim() } : {}), row: Number(m[2]) };
}

/** --geen-activiteit as the service takes it: each a line read as an activity, or one made an activity in an earlier version. */
function resolveChosenRows(rows: readonly { sheet?: string; row: number }[], preview: ImportPreview): FileRow[] {
  return rows.map(({ sheet, row }) => {
    const lines = [
      ...preview.activities.filter((a) => !preview.chosenAsActivity.some((c) => c.sheet === a.sheet && c.row === a.rowNumber)).map((a) => ({ sheet: a.sheet, row: a.rowNumber })),
      ...preview.chosenAsActivity.filter((c) => c.earlier),
    ].filter((l) => l.row === row && (sheet === undefined || l.sheet === sheet));
    const [line] = lines;
    if (!line) {
      throw new ServiceError('invalid_input', `--geen-activiteit: ${preview.fileName} heeft op ${sheet ? `blad "${sheet}", ` : ''}rij ${row} geen regel die als activiteit is gelezen.`);
    }
    if (lines.length > 1) {
      throw new ServiceError('invalid_input', `--geen-activiteit: rij ${row} staat op meer bladen (${lines.map((l) => `"${l.sheet}"`).join(', ')}); geef "BLAD!${row}".`);
    }
    return { sheet: line.sheet, row: line.row };
  });
}

/** --wel-activiteit as the service takes it: each a note of the preview, on one sheet. */
function resolveKeptRows(rows: readonly { sheet?: string; row: number }[], preview: ImportPreview): FileRow[] {
  return rows.map(({ sheet, row }) => {
    const notes = preview.notes.filter((n) => n.row === row && (sheet === undefined || n.sheet === sheet));
    const [note] = notes;
    if (!note) {
      throw new ServiceError('invalid_input', `--wel-activiteit: ${preview.fileName} heeft op ${sheet ? `blad "${sheet}", ` : ''}rij ${row} geen regel die als opmerking is bewaard.`);
    }
    if (notes.length > 1) {
      throw new ServiceError('invalid_input', `--wel-activiteit: rij ${row} staat op meer bladen (${notes.map((n) => `"${n.sheet}"`).join(', ')}); geef "BLAD!${row}".`);
    }
    return { sheet: note.sheet, row: note.row };
  });
}

/** --koppel "RIJ=TEKST" or "RIJ=nee": the planned activity whose text starts so, or not planned. */
function pairingArg(value: string): { row: number; text: string | null } {
  const m = /^\s*(\d+)\s*=\s*(.+?)\s*$/.exec(value);
  if (!m) throw new UsageError(`--koppel is "RIJ=TEKST" (het begin van de geplande activiteit) of "RIJ=nee"; niet "${value}".`);
  return { row: Number(m[1]), text: /^(nee|niet gepland)$/i.test(m[2] as string) ? null : (m[2] as string) };
}

/** The --koppel choices as the service takes them: rows by their sheet row, planned activities by the start of their text. */
function resolvePairings(wanted: { row: number; text: string | null }[], preview: ResultsPreview): { position: number; identity: string | null }[] {
  return wanted.map(({ row, text }) => {
    const result = preview.results.find((r) => r.rowNumber === row);
    if (!result) throw new ServiceError('invalid_input', `--koppel: ${preview.fileName} heeft geen resultaat op rij ${row}.`);
    if (text === null) return { position: result.position, identity: null };
    const start = normalizeForSearch(text);
    const found = preview.plannedActivities.filter((a) => normalizeForSearch(a.activity).startsWith(start));
    if (found.length !== 1) {
      throw new ServiceError(
        'invalid_input',
        found.length === 0
          ? `--koppel: geen geplande activiteit begint met "${text}".`
          : `--koppel: ${found.length} geplande activiteiten beginnen met "${text}"; geef meer van de tekst.`,
      );
    }
    return { position: result.position, identity: (found[0] as ResultsPreview['plannedActivities'][number]).identity };
  });
}

/**
 * Our results uitvraag announces itself (the activities reader refuses it
 * saying so); a partner's own results overview is recognised by its file
 * name, sheet name or columns (see imports/kind.ts).
 */
async function isResultsFile(api: WerkbankApi, request: Parameters<WerkbankApi['previewImport']>[0]): Promise<boolean> {
  try {
    const preview = await api.previewImport(request);
    return preview.problems.some((p) => p.code === 'looks-like-results');
  } catch (err) {
    // Refused as an activiteitenoverzicht because it is our uitvraag of the other kind: the results one.
    return err instanceof ServiceError && err.reason === 'other-kind';
  }
}
