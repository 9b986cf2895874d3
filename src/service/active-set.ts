// Which of the stored agreement sets a Werkbank works in: the one named (the
// command line's --set CODE), else the embedded default, else the first stored.
import { findSetId, listAgreementSetRows } from '../db/seed';
import type { Db } from '../db/open';
import { ServiceError } from '../domain/errors';

export function chooseSetId(db: Db, defaultCode: string, code?: string): number {
  const wanted = code?.trim();
  if (wanted) {
    const id = findSetId(db, wanted);
    if (id !== undefined) return id;
    const known = listAgreementSetRows(db).map((s) => `${s.code} (${s.title})`);
    throw new ServiceError(
      'not_found',
      `Onbekende set "${wanted}". ${known.length === 1 ? 'De database kent één set' : 'Bekende sets'}: ${known.join(', ')}. Zie prestatie sets.`,
    );
  }
  const id = findSetId(db, defaultCode) ?? listAgreementSetRows(db)[0]?.id;
  if (id === undefined) throw new ServiceError('not_found', 'De database bevat nog geen prestatieafspraken.');
  return id;
}
