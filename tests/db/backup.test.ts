import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../src/db/backup';

const name = (day: string, time: string, reason = 'import') => `werkbank-${day}-${time}-${reason}.sqlite`;

describe('backup rotation', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('keeps the three newest of today and one per earlier day', () => {
    const names = [
      name('20261127', '110000'),
      name('20261127', '100000'),
      name('20261127', '090000'),
      name('20261127', '080000'),
      name('20261126', '170000'),
      name('20261126', '090000'),
      name('20261120', '120000'),
    ];
    expect(backupsToDelete(names, now).sort()).toEqual(
      [name('20261127', '080000'), name('20261126', '090000')].sort(),
    );
  });

  it('keeps ten backups in all, dropping the oldest days', () => {
    const names = Array.from({ length: 15 }, (_, i) => name(`202610${String(i + 1).padStart(2, '0')}`, '120000'));
    const deleted = backupsToDelete(names, now);
    expect(deleted).toHaveLength(5);
    expect(deleted.sort()).toEqual(names.slice(0, 5).sort());
  });

  it('never touches files that are not its own backups', () => {
    expect(backupsToDelete(['notities.txt', 'werkbank.sqlite'], now)).toEqual([]);
  });
});
