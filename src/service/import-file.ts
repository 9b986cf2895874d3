// What the two imports (activiteitenoverzichten and results) share at the
// service's edge: the file as it arrives, the refusal to commit a preview
// that is not ready (with every reason in one Dutch sentence), and the record
// of the submission a commit stores.
import type { NewSubmission } from '../db/submissions';
import { formatDateNl } from '../domain/calendar';
import { localDay } from '../domain/local-time';
import type { ImportProblem } from '../imports/types';
import type { SubmissionKind, SubmissionNote } from '../domain/submissions';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import { objectArg, optionalIsoDate, optionalString } from './validate';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The uploaded file: its name and bytes; refused when larger than any partner's workbook could be. */
export function decodeFile(value: unknown, what: string): { name: string; bytes: Buffer } {
  const file = objectArg(value);
  const name = optionalString(file, 'name', 'De bestandsnaam', 500)?.trim();
  const data = optionalString(file, 'data', 'De inhoud van het bestand', Math.ceil((MAX_FILE_BYTES * 4) / 3) + 8);
  if (!name) throw new ServiceError('invalid_input', 'Het bestand heeft geen naam.');
  if (data === undefined) throw new ServiceError('invalid_input', `${name}: de inhoud van het bestand ontbreekt.`);
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw new ServiceError('file_refused', `${name} is groter dan 50 MB; dat is geen ${what}.`);
  return { name, bytes };
}

interface CommitCheck {
  fileName: string;
  canCommit: boolean;
  missing: ('party' | 'planningYear' | 'executionYear')[];
  problems: { severity: string; message: string }[];
}

/** Throws when the preview cannot be committed: which choice is missing, and every error. */
export function assertCommittable(preview: CommitCheck): void {
  if (preview.canCommit) return;
  const reasons = [
    ...preview.missing.map((m) => (m === 'party' ? 'kies de partij' : m === 'planningYear' ? 'kies het planningsjaar' : 'kies het uitvoeringsjaar')),
    ...preview.problems.filter((p) => p.severity === 'error').map((p) => p.message),
  ];
  throw new ServiceError('invalid_input', `${preview.fileName} is niet ingelezen: ${reasons.join('; ')}.`);
}

/**
 * The day the partner's file arrived, as the secretary states it ("Ontvangen
 * op"): what decides whether it was late, not the day it is imported. Today
 * (in Druten) when not given; a day in the future is refused.
 */
export function receivedOnArg(ctx: ServiceContext, arg: unknown): string {
  const today = localDay(ctx.now());
  const day = optionalIsoDate(objectArg(arg), 'receivedOn', 'Ontvangen op') ?? today;
  if (day > today) {
    throw new ServiceError(
      'invalid_input',
      `Ontvangen op (${formatDateNl(day)}) ligt in de toekomst; vandaag is het ${formatDateNl(today)}. Vul de dag in waarop het bestand binnenkwam.`,
    );
  }
  return day;
}

/** What a commit stores about the file: who sent it for which year, and how it was read. */
export function submissionRecord(
  ctx: ServiceContext,
  target: { partyId: string; year: number; kind: SubmissionKind },
  preview: { fileName: string; ours: boolean; problems: ImportProblem[] },
  read: { sha256: string; size: number; sheet: string; headerRow: number; columns: unknown; notes: SubmissionNote[] },
  receivedOn: string,
): NewSubmission {
  return {
    setId: ctx.setId,
    partyId: target.partyId,
    planningYear: target.year,
    kind: target.kind,
    fileName: preview.fileName,
    sha256: read.sha256,
    size: read.size,
    source: preview.ours ? 'request' : 'own',
    sheet: read.sheet,
    headerRow: read.headerRow,
    columns: read.columns,
    problems: preview.problems,
    notes: read.notes,
    importedAt: ctx.now().toISOString(),
    importedBy: ctx.changedBy,
    receivedOn,
  };
}
