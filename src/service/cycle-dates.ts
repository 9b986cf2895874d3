// The days of the set's yearly calendar, edited per set: every set starts
// from section 6.2's days; a change is checked, stored and logged.
import { loadCycleDates, saveCycleDate } from '../db/cycle-dates';
import { insertActivityLog } from '../db/activity-log';
import { CYCLE_DEADLINES, CYCLE_DEADLINE_LABELS, MONTHS_NL, invalidDayOfYear, type CycleDeadline, type DayOfYear } from '../domain/calendar';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import type { WerkbankApi } from './contract';
import { objectArg } from './validate';

type CycleDateMethods = Pick<WerkbankApi, 'getCycleDates' | 'setCycleDates'>;

const dayText = (d: DayOfYear): string => `${d.day} ${MONTHS_NL[d.month - 1] ?? d.month}`;

export function createCycleDateMethods(ctx: ServiceContext): CycleDateMethods {
  const { db, setId } = ctx;
  return {
    async getCycleDates() {
      return loadCycleDates(db, setId);
    },

    async setCycleDates(arg) {
      const dates = objectArg(objectArg(arg).dates);
      const changes: [CycleDeadline, DayOfYear][] = [];
      for (const [key, value] of Object.entries(dates)) {
        if (!(CYCLE_DEADLINES as readonly string[]).includes(key)) {
          throw new ServiceError('invalid_input', `Onbekende termijn "${key}". De kalender kent: ${CYCLE_DEADLINES.join(', ')}.`);
        }
        const deadline = key as CycleDeadline;
        const v = objectArg(value);
        const day = { month: Number(v.month), day: Number(v.day) };
        const wrong = invalidDayOfYear(day);
        if (wrong) throw new ServiceError('invalid_input', `"${CYCLE_DEADLINE_LABELS[deadline]}": ${wrong}. Er is niets gewijzigd.`);
        changes.push([deadline, day]);
      }
      if (changes.length === 0) throw new ServiceError('invalid_input', 'Geef op welke dag van de kalender u wilt wijzigen.');
      const before = loadCycleDates(db, setId);
      const at = ctx.now().toISOString();
      db.transaction(() => {
        for (const [deadline, day] of changes) {
          const old = before[deadline];
          if (old.month === day.month && old.day === day.day) continue;
          saveCycleDate(db, setId, deadline, day);
          insertActivityLog(db, {
            setId,
            planningYear: null,
            partyId: null,
            identity: null,
            action: 'calendar-edit',
            detail: `Kalender: "${CYCLE_DEADLINE_LABELS[deadline]}" van ${dayText(old)} naar ${dayText(day)}.`,
            reason: '',
            changedAt: at,
            changedBy: ctx.changedBy,
          });
        }
      }).immediate();
      return loadCycleDates(db, setId);
    },
  };
}
