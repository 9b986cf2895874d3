// A column for remarks that also carries the afspraak ("Toelichting / PA",
// "Opmerking / afspraak"), where the table has no reference column of its own:
// a reference written in a remark ("advies HBD in januari; PA 2.2", "PA 4.1")
// is the row's reference, as it would be in a column "PA". The remark stays as
// written. Pure.
import { normalizeHeader } from '../domain/text';
import type { ReadTable } from './table';

/** A remarks heading that names the afspraak too. */
const NAMES_AGREEMENT = /\b(pa|afspraak|afspraken|prestatieafspraak|prestatieafspraken)\b/;
/** "PA 2.2", "PA 4.1 bij 4", "afspr. 5.1": a reference inside a remark, with its marker. */
const REFERENCE = /\b(?:pa|afspr\.?|afspraak)\s*(\d+(?:\.\d+)?(?:\s*bij\s*\d+)?)\b/i;

export function referencesInNotes(read: ReadTable): ReadTable {
  if (read.columns.some((c) => c.field === 'agreementRef')) return read;
  const notes = read.columns.find((c) => c.field === 'notes');
  if (!notes || !NAMES_AGREEMENT.test(normalizeHeader(notes.header))) return read;
  return {
    ...read,
    activities: read.activities.map((act) => {
      const found = act.notes === undefined || act.agreementRef !== undefined ? null : REFERENCE.exec(act.notes);
      return found ? { ...act, agreementRef: found[0], fieldColumns: { ...act.fieldColumns, agreementRef: notes.column } } : act;
    }),
  };
}
