// The one way an identifier gets into SQL text. Values are always parameters;
// a column or table name cannot be, so it passes this check first: a column
// must be on the allow-list of its table, a table name read from the schema
// must look like one of ours. Anything else is a programming error.
const COLUMNS = {
  agreements: ['text', 'lead_text', 'involved_text', 'schedule_text'],
  activities: ['activity', 'role', 'planning', 'needs', 'needs_from', 'involved', 'ambition', 'notes'],
} as const;

export type ColumnTable = keyof typeof COLUMNS;
export type ColumnOf<T extends ColumnTable> = (typeof COLUMNS)[T][number];

/** A column name that may be written into SQL text: it is on its table's allow-list. */
export function sqlColumn<T extends ColumnTable>(table: T, name: ColumnOf<T>): string {
  if (!(COLUMNS[table] as readonly string[]).includes(name)) {
    throw new Error(`column ${String(table)}.${String(name)} is not on the allow-list of src/db/identifiers.ts`);
  }
  return name;
}

/** A table name (ours, or one read from sqlite_schema) that may be written into SQL text. */
export function sqlTable(name: string): string {
  if (!/^[a-z_0-9]+$/.test(name)) throw new Error(`unexpected table name ${name}`);
  return name;
}
