// Agreement sets from their own documents: reading a signed set (.docx) or a
// filled-in template (.xlsx) into a preview with every problem named by its
// place, and the empty template; storing a previewed set in one transaction
// after a backup; and the sets the database holds.
import path from 'node:path';
import { withFreePartyIds } from '../agreement-sets/party-ids';
import { readAgreementSetDocx } from '../agreement-sets/read-docx';
import { readAgreementSetTemplate } from '../agreement-sets/read-template';
import { writeAgreementSetTemplate } from '../agreement-sets/template';
import { AgreementSetRefusal, type AgreementSetReading, type IndicatorProposal } from '../agreement-sets/types';
import { insertActivityLog } from '../db/activity-log';
import { insertIndicatorProposals } from '../db/indicator-proposals';
import { backupDatabase } from '../db/backup';
import { listAgreementSetRows, seedAgreementSet, storedPartyNames } from '../db/seed';
import type { AgreementSetPreview, WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import { decodeFile } from './import-file';
import { chooseSetId } from './active-set';
import { objectArg, requiredString } from './validate';

type AgreementSetMethods = Pick<WerkbankApi, 'previewAgreementSet' | 'makeAgreementSetTemplate' | 'storeAgreementSet' | 'listAgreementSets' | 'switchAgreementSet'>;

export const TEMPLATE_FILE_NAME = 'Sjabloon prestatieafspraken.xlsx';

export function createAgreementSetMethods(ctx: ServiceContext): AgreementSetMethods {
  const { db } = ctx;
  const methods: AgreementSetMethods = {
    async previewAgreementSet(arg) {
      const { name, bytes } = decodeFile(objectArg(arg).file, 'document met prestatieafspraken');
      let reading: AgreementSetReading;
      try {
        reading = isWorkbook(name, bytes) ? await readAgreementSetTemplate(bytes, name) : readAgreementSetDocx(bytes, name);
      } catch (err) {
        if (err instanceof AgreementSetRefusal) throw new ServiceError('file_refused', err.message);
        throw err;
      }
      return previewOf(reading);
    },

    async makeAgreementSetTemplate() {
      return { name: TEMPLATE_FILE_NAME, data: (await writeAgreementSetTemplate()).toString('base64') };
    },

    async storeAgreementSet(arg) {
      const preview = await methods.previewAgreementSet(arg);
      const { fileName, code, title } = preview;
      const errors = preview.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) {
        throw new ServiceError(
          'file_refused',
          `${fileName} is niet opgeslagen: de Werkbank vond er ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`} in. ` +
            `Er is niets gewijzigd. Verbeter het document en lees het opnieuw in (bekijk het eerst met --proef).\n` +
            errors.map((e) => `  - ${e.message}`).join('\n'),
        );
      }
      const refuseStored = (): void => {
        const existing = listAgreementSetRows(db).find((s) => s.code === code);
        if (!existing) return;
        throw new ServiceError(
          'conflict',
          `De prestatieafspraken "${existing.title}" (code ${code}) staan al in de database; ${fileName} is niet opgeslagen en er is niets gewijzigd. ` +
            `Werk met de opgeslagen set met --set ${code}. Wilt u hem vervangen door dit document, zet dan eerst de reservekopie van vóór het eerste inlezen terug ` +
            '(prestatie reservekopie, dan prestatie herstel NAAM) en lees het daarna opnieuw in.',
        );
      };
      refuseStored();
      const backup = backupDatabase(db, ctx.databasePath, 'voor-inlezen-afspraken', { now: ctx.now(), appVersion: ctx.version });
      db.transaction(() => {
        // Again under the write lock: another Werkbank may have stored it since the check above.
        refuseStored();
        const stored = storedPartyNames(db);
        const setId = seedAgreementSet(db, withFreePartyIds(preview.data, stored), ctx.now());
        // The proposals name the same parties: renamed the same way.
        insertIndicatorProposals(db, setId, withFreePartyIds({ ...preview.data, indicators: preview.proposedIndicators }, stored).indicators as IndicatorProposal[]);
        insertActivityLog(db, {
          setId,
          planningYear: null,
          partyId: null,
          identity: null,
          action: 'set-import',
          detail: `Prestatieafspraken ingelezen: ${title} (${code}, ${preview.periodStart}–${preview.periodEnd}) uit ${fileName}; ${preview.counts.agreements} afspraken.`,
          reason: '',
          changedAt: ctx.now().toISOString(),
          changedBy: ctx.changedBy,
        });
      }).immediate();
      return {
        code,
        title,
        periodStart: preview.periodStart,
        periodEnd: preview.periodEnd,
        agreements: preview.counts.agreements,
        backup: path.basename(backup),
        warnings: preview.problems.length,
      };
    },

    async listAgreementSets() {
      return listAgreementSetRows(db).map(({ id, ...row }) => ({ ...row, active: id === ctx.setId }));
    },

    async switchAgreementSet(arg) {
      const code = requiredString(objectArg(arg), 'code', 'De code van de set', 200);
      const setId = chooseSetId(db, '', code);
      if (setId !== ctx.setId) {
        if (!ctx.switchSet) throw new ServiceError('invalid_input', `Deze Werkbank kan niet van set wisselen. Open de database opnieuw met --set ${code}.`);
        await ctx.switchSet(setId);
      }
      return listAgreementSetRows(db).map(({ id, ...row }) => ({ ...row, active: id === setId }));
    },
  };
  return methods;
}

/** An .xlsx by its name, or by the workbook part a zip holds. */
function isWorkbook(name: string, bytes: Buffer): boolean {
  if (/\.xls[xm]$/i.test(name)) return true;
  if (/\.docx?$/i.test(name)) return false;
  return bytes.includes('xl/workbook.xml');
}

function previewOf(reading: AgreementSetReading): AgreementSetPreview {
  const { data } = reading;
  const topics = data.themes.flatMap((t) => t.topics);
  const shortName = (id: string): string => data.parties.find((p) => p.id === id)?.shortName ?? id;
  return {
    fileName: reading.fileName,
    format: reading.format,
    code: data.code,
    title: data.title,
    municipality: data.municipality,
    periodStart: data.periodStart,
    periodEnd: data.periodEnd,
    signedOn: data.signedOn,
    signedPlace: data.signedPlace,
    counts: {
      themes: data.themes.length,
      topics: topics.length,
      ambitions: topics.reduce((n, t) => n + t.ambitions.length, 0),
      commitments: topics.reduce((n, t) => n + t.commitments.length, 0),
      agreements: topics.reduce((n, t) => n + t.agreements.length, 0),
      cycleSteps: data.cycle.length,
      glossaryTerms: data.glossary.length,
      indicators: data.indicators.length,
    },
    themes: data.themes.map((theme) => ({
      number: theme.number,
      title: theme.title,
      topics: theme.topics.map((t) => ({ number: t.number, title: t.title, ambitions: t.ambitions.length, commitments: t.commitments.length, agreements: t.agreements.length })),
    })),
    parties: reading.parties.map((proposal) => {
      const party = data.parties.find((p) => p.id === proposal.id);
      return { ...proposal, shortName: party?.shortName ?? proposal.name, signatory: party?.signatory ?? { name: '', role: '' }, linkedTo: (party?.linkedPartyIds ?? []).map(shortName) };
    }),
    groups: data.groups.map((g) => ({ name: g.name, members: g.memberIds.map(shortName) })),
    proposedIndicators: reading.indicators,
    problems: reading.problems,
    data,
  };
}
