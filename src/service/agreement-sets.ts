// Agreement sets from their own documents, phase 1: reading a signed set
// (.docx) or a filled-in template (.xlsx) into a preview with every problem
// named by its place, and the empty template. Read-only: nothing is stored.
import { readAgreementSetDocx } from '../agreement-sets/read-docx';
import { readAgreementSetTemplate } from '../agreement-sets/read-template';
import { writeAgreementSetTemplate } from '../agreement-sets/template';
import { AgreementSetRefusal, type AgreementSetReading } from '../agreement-sets/types';
import type { AgreementSetPreview, WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import { decodeFile } from './import-file';
import { objectArg } from './validate';

type AgreementSetMethods = Pick<WerkbankApi, 'previewAgreementSet' | 'makeAgreementSetTemplate'>;

export const TEMPLATE_FILE_NAME = 'Sjabloon prestatieafspraken.xlsx';

export function createAgreementSetMethods(): AgreementSetMethods {
  return {
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
  };
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
