// The succesindicatoren's starting points through the service: where the
// agreement gives none, the secretary enters a start value; for years before
// the first uitvraag she enters the figures (per party or for all together).
// Each change is recorded in the indicator log, with its source.
import { agreementBaseline, baselineOf, startYearOf } from '../accountability/progress';
import {
  deleteEnteredIndicatorValue,
  deleteIndicatorBaseline,
  indicatorLogEntries,
  insertIndicatorLog,
  loadEnteredIndicatorValues,
  loadIndicatorBaselines,
  saveEnteredIndicatorValue,
  saveIndicatorBaseline,
} from '../db/indicators';
import { describeBaseline, describeTarget, formatValue, measureOf } from '../domain/indicators';
import type { Indicator } from '../domain/types';
import type { IndicatorInputs, WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import type { ServiceContext, SetInfo } from './context';
import { objectArg, optionalString, requiredInteger } from './validate';

type IndicatorMethods = Pick<WerkbankApi, 'listIndicatorInputs' | 'setIndicatorBaseline' | 'setIndicatorFigure' | 'listIndicatorLog'>;


/** How many years before the agreement a stock's or level's earlier figures may go back. */
const EARLIER_YEARS = 3;

export function createIndicatorMethods(ctx: ServiceContext, setInfo: () => SetInfo, api: () => WerkbankApi): IndicatorMethods {
  const { db, setId } = ctx;

  async function indicatorOf(code: unknown): Promise<Indicator> {
    if (typeof code !== 'string' || code.trim() === '') throw new ServiceError('invalid_input', 'Geef de code van de indicator op.');
    const indicators = await api().listIndicators();
    const found = indicators.find((i) => i.code === code.trim());
    if (!found) {
      throw new ServiceError('not_found', `Onbekende indicator "${code}". Bekende codes: ${indicators.map((i) => i.code).join(', ')}.`);
    }
    return found;
  }

  function inputsOf(indicator: Indicator): IndicatorInputs {
    const set = setInfo();
    const entered = loadIndicatorBaselines(db, setId).find((b) => b.code === indicator.code) ?? null;
    const options = { startYear: set.periodStart, baseline: entered };
    const baseline = baselineOf(indicator, options);
    const measure = measureOf(indicator);
    const first = measure === 'count' ? startYearOf(indicator, options) : set.periodStart - EARLIER_YEARS;
    const earlierYears: number[] = [];
    for (let y = first; y < set.periodStart; y++) earlierYears.push(y);
    return {
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      measure,
      partyIds: indicator.partyIds,
      target: describeTarget(indicator),
      baseline,
      baselineText: baseline
        ? describeBaseline(baseline, indicator.unit)
        : measure === 'stock'
          ? `Nog geen vertrekpunt: voer de stand op 31 december ${set.periodStart - 1} in, dan begint de rechte lijn naar ${describeTarget(indicator)} daar.`
          : 'Geen vertrekpunt nodig: dit doel geldt elk jaar.',
      baselineEditable: agreementBaseline(indicator) === null,
      earlierYears,
      figures: loadEnteredIndicatorValues(db, setId).filter((f) => f.code === indicator.code),
    };
  }

  async function partyNames(): Promise<(id: string) => string> {
    const parties = await api().listParties();
    return (id) => parties.find((p) => p.id === id)?.shortName ?? id;
  }

  const stamp = () => ({ changedAt: ctx.now().toISOString(), changedBy: ctx.changedBy });

  return {
    async listIndicatorInputs() {
      return (await api().listIndicators()).map((i) => inputsOf(i));
    },

    async setIndicatorBaseline(arg) {
      const a = objectArg(arg);
      const indicator = await indicatorOf(a.code);
      const set = setInfo();
      const given = agreementBaseline(indicator);
      if (given) {
        throw new ServiceError(
          'conflict',
          `De prestatieafspraken geven het vertrekpunt van “${indicator.title}” al: ${describeBaseline(given, indicator.unit)}. ` +
            'Voer de cijfers over de jaren vóór de eerste uitvraag in als cijfers van eerdere jaren.',
        );
      }
      const year = requiredInteger(a, 'year', 'Het jaar van het vertrekpunt', 2000, set.periodStart - 1);
      const value = valueArg(a, indicator);
      const note = noteArg(a);
      const old = loadIndicatorBaselines(db, setId).find((b) => b.code === indicator.code);
      const was = old ? `${formatValue(old.value, indicator.unit)} op 31 december ${old.year}` : '(geen)';
      if (value === null && !old) throw new ServiceError('not_found', `Voor “${indicator.title}” is geen vertrekpunt ingevoerd.`);
      db.transaction(() => {
        if (value === null) {
          deleteIndicatorBaseline(db, setId, indicator.code);
          insertIndicatorLog(db, { setId, code: indicator.code, action: 'baseline-removed', year: old?.year ?? year, partyId: null, detail: `Vertrekpunt: ${was} → verwijderd`, note, ...stamp() });
        } else {
          saveIndicatorBaseline(db, setId, { code: indicator.code, year, value, note }, stamp());
          insertIndicatorLog(db, {
            setId,
            code: indicator.code,
            action: 'baseline',
            year,
            partyId: null,
            detail: `Vertrekpunt: ${was} → ${formatValue(value, indicator.unit)} op 31 december ${year}`,
            note,
            ...stamp(),
          });
        }
      })();
      return inputsOf(indicator);
    },

    async setIndicatorFigure(arg) {
      const a = objectArg(arg);
      const indicator = await indicatorOf(a.code);
      const names = await partyNames();
      const inputs = inputsOf(indicator);
      const set = setInfo();
      const year = requiredInteger(a, 'year', 'Het jaar', 2000, set.periodEnd);
      if (!inputs.earlierYears.includes(year)) {
        const range = inputs.earlierYears.length === 0 ? 'geen enkel jaar' : `${inputs.earlierYears[0]}–${inputs.earlierYears[inputs.earlierYears.length - 1]}`;
        throw new ServiceError(
          'invalid_input',
          year >= set.periodStart
            ? `Over ${year} vraagt de uitvraag de partijen zelf; hier voert u alleen cijfers in over jaren vóór de eerste uitvraag (${range}).`
            : `Voor “${indicator.title}” kunt u cijfers invoeren over ${range}, niet over ${year}: de afspraak telt vanaf ${inputs.baseline ? inputs.baseline.year + 1 : set.periodStart}.`,
        );
      }
      const partyId = a.partyId === undefined || a.partyId === null || a.partyId === '' ? null : a.partyId;
      if (partyId !== null && (typeof partyId !== 'string' || !indicator.partyIds.includes(partyId))) {
        throw new ServiceError(
          'invalid_input',
          `${typeof partyId === 'string' ? names(partyId) : String(partyId)} rapporteert niet over “${indicator.title}”; kies ${indicator.partyIds.map(names).join(' of ')}${indicator.partyIds.length > 1 ? ', of alle partijen samen' : ''}.`,
        );
      }
      const value = valueArg(a, indicator);
      const note = noteArg(a);
      const sameYear = inputs.figures.filter((f) => f.year === year);
      const old = sameYear.find((f) => f.partyId === partyId);
      // A joint figure and per-party figures of one year would be counted twice.
      if (value !== null && sameYear.some((f) => (f.partyId === null) !== (partyId === null))) {
        throw new ServiceError(
          'conflict',
          partyId === null
            ? `Voor ${year} staan al cijfers per partij; verwijder die eerst, of voer het cijfer per partij in.`
            : `Voor ${year} staat al een cijfer van alle partijen samen; verwijder dat eerst, of voer alles samen in.`,
        );
      }
      if (value === null && !old) throw new ServiceError('not_found', `Voor ${year} is geen cijfer ${partyId === null ? 'van alle partijen samen' : `van ${names(partyId)}`} ingevoerd.`);
      const who = partyId === null ? (indicator.partyIds.length > 1 ? ' (alle partijen samen)' : '') : ` ${names(partyId)}`;
      const was = old ? formatValue(old.value, indicator.unit) : '(geen)';
      db.transaction(() => {
        if (value === null) {
          deleteEnteredIndicatorValue(db, setId, indicator.code, year, partyId);
          insertIndicatorLog(db, { setId, code: indicator.code, action: 'figure-removed', year, partyId, detail: `Cijfer ${year}${who}: ${was} → verwijderd`, note, ...stamp() });
        } else {
          saveEnteredIndicatorValue(db, setId, { code: indicator.code, partyId, year, value, note }, stamp());
          insertIndicatorLog(db, {
            setId,
            code: indicator.code,
            action: 'figure',
            year,
            partyId,
            detail: `Cijfer ${year}${who}: ${was} → ${formatValue(value, indicator.unit)}`,
            note,
            ...stamp(),
          });
        }
      })();
      return inputsOf(indicator);
    },

    async listIndicatorLog(arg) {
      const a = objectArg(arg);
      const code = optionalString(a, 'code', 'De code van de indicator', 200);
      if (code !== undefined) await indicatorOf(code);
      return indicatorLogEntries(db, setId, code);
    },
  };
}

/** A value of 0 or more (a percentage at most 100), or null to remove; "7,5" is read as 7.5. */
function valueArg(a: Record<string, unknown>, indicator: Indicator): number | null {
  const raw = a.value;
  if (raw === null) return null;
  const n = typeof raw === 'string' ? Number(raw.trim().replace(/\./g, '').replace(',', '.')) : raw;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw new ServiceError('invalid_input', `De waarde moet een getal van 0 of meer zijn${typeof raw === 'string' ? `, niet "${raw}"` : ''}.`);
  }
  if (indicator.unit === 'percent' && n > 100) throw new ServiceError('invalid_input', `Een percentage ligt tussen 0 en 100, niet ${String(raw)}.`);
  return n;
}

function noteArg(a: Record<string, unknown>): string {
  const note = optionalString(a, 'note', 'De bron', 500)?.trim();
  if (!note) throw new ServiceError('invalid_input', 'Zeg waar het cijfer vandaan komt (de bron); die komt in het logboek.');
  return note;
}
