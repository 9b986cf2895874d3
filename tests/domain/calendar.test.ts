import { describe, it, expect } from 'vitest';
import {
  buildCalendar,
  formatDateNl,
  isWithinPeriod,
  midtermEvaluation,
  parseDutchDay,
  parseIsoDate,
  phasesOnDate,
  toIsoDate,
  yearRef,
  type CalendarView,
} from '../../src/domain/calendar';

const period = { start: 2025, end: 2028 };
const view = (date: string) => buildCalendar(date, period);

const codes = (v: CalendarView) => v.currentPhases.map((p) => p.code);
const brief = (v: CalendarView) => v.deadlines.map((d) => `${d.date} ${d.phaseCode} ${d.about.label}`);

describe('buildCalendar on 27 November 2026 (phase 3)', () => {
  const v = view('2026-11-27');

  it('has phase 3 current, about planning year 2027', () => {
    expect(codes(v)).toEqual(['3']);
    const phase = v.currentPhases[0];
    expect(phase).toMatchObject({
      title: 'Uitwerken gezamenlijk activiteitenoverzicht',
      period: 'Augustus - November',
      start: '2026-08-01',
      end: '2026-11-30',
    });
    expect(phase?.about).toEqual([{ kind: 'planning', year: 2027, label: 'planningsjaar 2027' }]);
    expect(v.betweenPhases).toBeUndefined();
  });

  it('lists the next deadlines in order, each with the year it concerns', () => {
    expect(brief(v).slice(0, 6)).toEqual([
      '2026-11-30 3 planningsjaar 2027',
      '2026-12-31 4 uitvoeringsjaar 2026',
      '2027-02-28 4 uitvoeringsjaar 2026',
      '2027-03-31 1 planningsjaar 2028',
      '2027-06-30 2 planningsjaar 2028',
      '2027-06-30 4a uitvoeringsjaren 2025–2026',
    ]);
    expect(v.deadlines[0]).toMatchObject({
      title: 'Gebundeld en afgestemd activiteitenoverzicht naar alle partijen',
      actor: 'Werkgroep Prestatieafspraken',
      daysLeft: 3,
      withinAgreementPeriod: true,
    });
    expect(v.deadlines[1]).toMatchObject({ actor: 'Werkgroep Prestatieafspraken', daysLeft: 34 });
    expect(v.deadlines[1]?.title).toMatch(/[Uu]itvraag/);
    expect(v.deadlines[2]).toMatchObject({ actor: 'Alle partijen', daysLeft: 93 });
    expect(v.deadlines[3]).toMatchObject({ title: 'Bestuurlijk Overleg stelt de accenten vast', actor: 'Bestuurlijk Overleg' });
    expect(v.deadlines[4]).toMatchObject({ title: 'Activiteitenoverzichten bij de werkgroep', actor: 'Alle partijen' });
    expect(v.deadlines[5]).toMatchObject({
      title: 'Bestuurlijk Overleg over de tussenevaluatie',
      about: { kind: 'evaluation', year: 2025, untilYear: 2026, label: 'uitvoeringsjaren 2025–2026' },
    });
  });

  it('covers the next twelve months and no more than about a year', () => {
    const last = v.deadlines[v.deadlines.length - 1];
    expect(last?.date).toBe('2027-08-31');
    expect(v.deadlines.map((d) => d.date)).not.toContain('2027-11-30');
    expect(v.deadlines.map((d) => d.date)).toContain('2027-08-31');
    expect(v.deadlines.every((d) => d.daysLeft >= 0 && d.daysLeft <= 366)).toBe(true);
  });

  it('shows all phases of 2026 with their status', () => {
    expect(v.phases.map((p) => `${p.code} ${p.status} ${p.start}..${p.end}`)).toEqual([
      '4 past 2025-12-01..2026-02-28',
      '1 past 2026-01-01..2026-03-31',
      '2 past 2026-04-01..2026-06-30',
      '3 current 2026-08-01..2026-11-30',
      '4 upcoming 2026-12-01..2027-02-28',
    ]);
  });
});

describe('buildCalendar on 15 January 2027 (three phases at once)', () => {
  const v = view('2027-01-15');

  it('has phases 4 (about 2026), 1 and 4a current', () => {
    expect(codes(v).sort()).toEqual(['1', '4', '4a']);
    const four = v.currentPhases.find((p) => p.code === '4');
    expect(four).toMatchObject({ start: '2026-12-01', end: '2027-02-28', period: 'December - Februari' });
    expect(four?.about.map((a) => a.label)).toEqual(['uitvoeringsjaar 2026']);
    const one = v.currentPhases.find((p) => p.code === '1');
    expect(one?.about.map((a) => a.label)).toEqual(['uitvoeringsjaar 2026', 'planningsjaar 2028']);
    const evaluation = v.currentPhases.find((p) => p.code === '4a');
    expect(evaluation).toMatchObject({
      title: 'Tussenevaluatie Meerjarige prestatieafspraken',
      period: 'Januari - Juni (2027)',
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(evaluation?.about[0]?.label).toBe('uitvoeringsjaren 2025–2026');
  });

  it('starts with the results of 2026 on 28 February', () => {
    expect(v.deadlines[0]).toMatchObject({
      date: '2027-02-28',
      phaseCode: '4',
      about: { kind: 'execution', year: 2026 },
      daysLeft: 44,
      withinAgreementPeriod: true,
    });
  });

  it('lists the December phase 4 of 2027 as upcoming', () => {
    const fours = v.phases.filter((p) => p.code === '4');
    expect(fours.map((p) => `${p.status} ${p.about[0]?.year}`)).toEqual(['current 2026', 'upcoming 2027']);
  });
});

describe('buildCalendar between phases and on deadline days', () => {
  it('has no current phase in July, with a Dutch explanation', () => {
    const v = view('2026-07-10');
    expect(v.currentPhases).toEqual([]);
    expect(v.betweenPhases).toMatch(/activiteitenoverzichten/);
    expect(v.betweenPhases).toMatch(/1 september/);
    expect(v.deadlines[0]).toMatchObject({ date: '2026-08-31', phaseCode: '3', daysLeft: 52 });
    expect(v.deadlines[0]?.about.label).toBe('planningsjaar 2027');
    expect(v.phases.find((p) => p.code === '2')?.status).toBe('past');
    expect(v.phases.find((p) => p.code === '3')?.status).toBe('upcoming');
  });

  it('counts a deadline on the day itself with 0 days left', () => {
    const v = view('2026-06-30');
    expect(v.deadlines[0]).toMatchObject({
      date: '2026-06-30',
      title: 'Activiteitenoverzichten bij de werkgroep',
      daysLeft: 0,
      about: { kind: 'planning', year: 2027 },
    });
    expect(codes(v)).toEqual(['2']);
    expect(codes(view('2026-07-01'))).toEqual([]);
    expect(view('2026-07-01').deadlines[0]?.date).toBe('2026-08-31');
  });

  it('switches phases at the month boundaries', () => {
    expect(codes(view('2026-03-31'))).toEqual(['1']);
    expect(codes(view('2026-04-01'))).toEqual(['2']);
    expect(codes(view('2026-07-31'))).toEqual([]);
    expect(codes(view('2026-08-01'))).toEqual(['3']);
    expect(codes(view('2026-11-30'))).toEqual(['3']);
    expect(codes(view('2026-12-01'))).toEqual(['4']);
    expect(codes(view('2026-02-28'))).toEqual(['4', '1']);
    expect(codes(view('2026-03-01'))).toEqual(['1']);
    expect(phasesOnDate('2026-12-31', period)[0]?.about[0]?.year).toBe(2026);
  });

  it('asks in December for the results of that same year', () => {
    const v = view('2026-12-15');
    expect(v.currentPhases[0]).toMatchObject({ code: '4', start: '2026-12-01', end: '2027-02-28' });
    expect(v.currentPhases[0]?.about[0]?.label).toBe('uitvoeringsjaar 2026');
    expect(v.deadlines[0]).toMatchObject({ date: '2026-12-31', daysLeft: 16, about: { year: 2026 } });
  });

  it('has the tussenevaluatie only in 2027', () => {
    for (const date of ['2025-03-01', '2026-03-01', '2028-03-01']) {
      expect(view(date).phases.some((p) => p.code === '4a')).toBe(false);
    }
    expect(view('2027-07-01').phases.find((p) => p.code === '4a')?.status).toBe('past');
  });
});

describe('buildCalendar around leap days and the edges of the period', () => {
  it('handles 29 February 2028 as the last day of phase 4', () => {
    const v = view('2028-02-29');
    expect(codes(v)).toEqual(['4', '1']);
    expect(v.currentPhases[0]).toMatchObject({ start: '2027-12-01', end: '2028-02-29' });
    expect(v.deadlines[0]).toMatchObject({
      date: '2028-02-29',
      daysLeft: 0,
      about: { kind: 'execution', year: 2027 },
      withinAgreementPeriod: true,
    });
    // A year on, the same deadline falls on 28 February 2029.
    expect(v.deadlines.map((d) => d.date)).toContain('2029-02-28');
    expect(v.phases.find((p) => p.code === '4' && p.status === 'upcoming')?.end).toBe('2029-02-28');
  });

  it('ends phase 4 on 29 February in a leap year and 28 February otherwise', () => {
    expect(view('2027-12-01').currentPhases[0]?.end).toBe('2028-02-29');
    expect(view('2026-12-01').currentPhases[0]?.end).toBe('2027-02-28');
    expect(view('2028-03-01').deadlines[0]?.date).toBe('2028-03-31');
  });

  it('flags planning year 2029 as outside the agreement period on 1 November 2028', () => {
    const v = view('2028-11-01');
    expect(codes(v)).toEqual(['3']);
    expect(v.currentPhases[0]?.about[0]?.label).toBe('planningsjaar 2029');
    expect(v.deadlines[0]).toMatchObject({
      date: '2028-11-30',
      about: { kind: 'planning', year: 2029 },
      withinAgreementPeriod: false,
    });
    expect(v.deadlines[1]).toMatchObject({ date: '2028-12-31', about: { year: 2028 }, withinAgreementPeriod: true });
    expect(v.deadlines[2]).toMatchObject({ date: '2029-02-28', about: { year: 2028 }, withinAgreementPeriod: true });
    expect(v.deadlines[3]).toMatchObject({ date: '2029-03-31', about: { year: 2030 }, withinAgreementPeriod: false });
  });

  it('flags results of 2024 as outside the period in early 2025', () => {
    const v = view('2025-01-10');
    expect(v.deadlines[0]).toMatchObject({ date: '2025-02-28', about: { year: 2024 }, withinAgreementPeriod: false });
    expect(v.deadlines[1]).toMatchObject({ date: '2025-03-31', about: { year: 2026 }, withinAgreementPeriod: true });
  });

  it('does not shift days whatever the local time zone', () => {
    // All dates are UTC midnights; a run with TZ=Pacific/Kiritimati or TZ=America/Adak gives the same.
    const v = view('2026-03-29'); // the night the Dutch clocks go forward
    expect(v.date).toBe('2026-03-29');
    expect(v.deadlines[0]).toMatchObject({ date: '2026-03-31', daysLeft: 2 });
    expect(view('2026-10-25').deadlines[0]).toMatchObject({ date: '2026-11-30', daysLeft: 36 });
  });
});

describe('dates', () => {
  it('rejects an invalid date with a Dutch message', () => {
    for (const bad of ['', '2026-13-01', '2026-02-29', '2026-04-31', '26-07-01', '2026-7-1', '1 juli 2026', '2026-07-01T10:00']) {
      expect(() => buildCalendar(bad, period)).toThrow(/Ongeldige datum/);
    }
    expect(() => formatDateNl('gisteren')).toThrow(/Ongeldige datum/);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(toIsoDate(parseIsoDate('2028-02-29'))).toBe('2028-02-29');
    expect(() => parseIsoDate('2100-02-29')).toThrow();
    expect(toIsoDate(parseIsoDate('2000-02-29'))).toBe('2000-02-29');
  });

  it('reads a day as a Dutch user writes it, day first, or as ISO; nothing else', () => {
    for (const written of ['28-6-2026', '28-06-2026', '28/6/2026', '28.6.2026', ' 28-6-2026 ', '2026-06-28']) expect(parseDutchDay(written)).toBe('2026-06-28');
    expect(parseDutchDay('29-2-2028')).toBe('2028-02-29');
    for (const bad of ['', '29-2-2026', '31-4-2026', '6-28-2026', '28-6-26', '28 juni 2026', '2026-6-28', 'gisteren']) expect(parseDutchDay(bad)).toBeNull();
  });

  it('formats dates in Dutch', () => {
    expect(formatDateNl('2026-07-01')).toBe('1 juli 2026');
    expect(formatDateNl('2027-02-28')).toBe('28 februari 2027');
    expect(formatDateNl('2026-12-31')).toBe('31 december 2026');
    expect(formatDateNl('2026-03-05')).toBe('5 maart 2026');
  });

  it('labels years in Dutch and checks them against the period', () => {
    expect(yearRef('planning', 2027).label).toBe('planningsjaar 2027');
    expect(yearRef('execution', 2026).label).toBe('uitvoeringsjaar 2026');
    expect(yearRef('evaluation', 2025, 2026)).toEqual({
      kind: 'evaluation',
      year: 2025,
      untilYear: 2026,
      label: 'uitvoeringsjaren 2025–2026',
    });
    expect(isWithinPeriod(yearRef('planning', 2029), period)).toBe(false);
    expect(isWithinPeriod(yearRef('execution', 2025), period)).toBe(true);
    expect(isWithinPeriod(yearRef('evaluation', 2027, 2029), period)).toBe(false);
  });

  it('places the tussenevaluatie after the second execution year', () => {
    expect(midtermEvaluation(period)?.year).toBe(2027);
    expect(midtermEvaluation({ start: 2029, end: 2032 })?.about.label).toBe('uitvoeringsjaren 2029–2030');
    expect(midtermEvaluation({ start: 2025, end: 2026 })).toBeNull();
  });
});
