import { describe, it, expect } from 'vitest';
import { describeYears, parseSchedule, scheduleLabel } from '../../src/domain/schedule';

const period = { start: 2025, end: 2028 };
const parse = (text: string) => parseSchedule(text, period);

describe('parseSchedule: the forms in the agreement', () => {
  it('reads a single year', () => {
    for (const y of [2025, 2026, 2027]) {
      const s = parse(String(y));
      expect(s).toMatchObject({ kind: 'years', years: [y], recognized: true });
      expect(s.note).toBeUndefined();
    }
  });

  it('reads "2025 - 2028" as a range of four years', () => {
    expect(parse('2025 - 2028')).toMatchObject({ kind: 'range', years: [2025, 2026, 2027, 2028], recognized: true });
  });

  it('reads a range written with an en dash or em dash, with or without spaces', () => {
    expect(parse('2025 – 2026')).toMatchObject({ kind: 'range', years: [2025, 2026] });
    expect(parse('2025—2027')).toMatchObject({ kind: 'range', years: [2025, 2026, 2027] });
    expect(parse('2025-2026')).toMatchObject({ kind: 'range', years: [2025, 2026] });
  });

  it('reads "t/m" and "tot en met"', () => {
    expect(parse('2025 t/m 2028')).toMatchObject({ kind: 'range', years: [2025, 2026, 2027, 2028] });
    expect(parse('2025 tot en met 2027')).toMatchObject({ kind: 'range', years: [2025, 2026, 2027] });
    expect(parse('2026 T/M 2028')).toMatchObject({ kind: 'range', years: [2026, 2027, 2028] });
  });

  it('reads "2025/2026" as both years', () => {
    expect(parse('2025/2026')).toMatchObject({ kind: 'years', years: [2025, 2026], recognized: true });
  });

  it('reads "Jaarlijks" as every year of the period', () => {
    expect(parse('Jaarlijks')).toMatchObject({ kind: 'recurring', years: [2025, 2026, 2027, 2028], recognized: true });
  });

  it('reads "Doorlopend" as every year of the period', () => {
    expect(parse('Doorlopend')).toMatchObject({ kind: 'continuous', years: [2025, 2026, 2027, 2028], recognized: true });
  });

  it('reads "Vanaf 2025" and "2025 en verder" up to the end of the period', () => {
    for (const text of ['Vanaf 2025', '2025 en verder']) {
      const s = parse(text);
      expect(s).toMatchObject({ kind: 'from', years: [2025, 2026, 2027, 2028], recognized: true });
      expect(s.note).toContain('2028');
    }
    expect(parse('Vanaf 2027')).toMatchObject({ kind: 'from', years: [2027, 2028] });
  });

  it('reads "2025 en 2026, met de intentie …" as 2025 and 2026 with a note on the intention', () => {
    const s = parse('2025 en 2026, met de intentie om dit structureel in te zetten');
    expect(s).toMatchObject({ kind: 'years', years: [2025, 2026], recognized: true });
    expect(s.note).toContain('met de intentie om dit structureel in te zetten');
    expect(s.note).toContain('2025 en 2026');
  });

  it('reads "Bij ieder nieuwbouw-project" as an event in every year, noted as per project', () => {
    const s = parse('Bij ieder nieuwbouw-project');
    expect(s).toMatchObject({ kind: 'event', years: [2025, 2026, 2027, 2028], recognized: true });
    expect(s.note).toMatch(/per project/);
  });

  it('reads the per-year amounts of Woonwaarts as 2025 to 2028', () => {
    const s = parse('2025: ca. 140 won. 2026 - 2028: ca 80 won.');
    expect(s).toMatchObject({ years: [2025, 2026, 2027, 2028], recognized: true });
    expect(s.note).toBeDefined();
  });

  it('reads the per-year amounts of De Kernen as 2025 and 2026', () => {
    expect(parse('2025: 6 won. 2026: 27 won.')).toMatchObject({ years: [2025, 2026], recognized: true });
  });

  it('adds the years of a parenthesis (Deest Zuid) and notes them', () => {
    const s = parse('2025 - 2028 (uitbreiding Deest Zuid geldt: 2028 t/m 2032)');
    expect(s).toMatchObject({ kind: 'range', recognized: true });
    expect(s.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    expect(s.note).toContain('uitbreiding Deest Zuid geldt: 2028 t/m 2032');
    expect(s.note).toContain('2029 t/m 2032');
  });

  it('notes a parenthesis without years but keeps the main years', () => {
    const s = parse('2026 (na vaststelling warmtevisie)');
    expect(s).toMatchObject({ kind: 'years', years: [2026], recognized: true });
    expect(s.note).toContain('na vaststelling warmtevisie');
  });

  it('treats empty text as empty and not recognised', () => {
    for (const text of ['', '   ', '\n']) {
      expect(parse(text)).toEqual({ text, kind: 'empty', years: [], recognized: false });
    }
  });
});

describe('parseSchedule: robustness', () => {
  it('ignores case, extra spaces and trailing dots', () => {
    expect(parse('  JAARLIJKS. ')).toMatchObject({ kind: 'recurring', recognized: true });
    expect(parse('doorlopend')).toMatchObject({ kind: 'continuous' });
    expect(parse('vanaf   2026.')).toMatchObject({ kind: 'from', years: [2026, 2027, 2028] });
    expect(parse('2025  -  2028.')).toMatchObject({ kind: 'range', years: [2025, 2026, 2027, 2028] });
    expect(parse('2025 EN VERDER')).toMatchObject({ kind: 'from' });
  });

  it('keeps the text exactly as given, untrimmed', () => {
    expect(parse('  2025 - 2028 ').text).toBe('  2025 - 2028 ');
    expect(parse('Jaarlijks').text).toBe('Jaarlijks');
  });

  it('reads a reversed range in ascending order, with a note', () => {
    const s = parse('2028 - 2025');
    expect(s.years).toEqual([2025, 2026, 2027, 2028]);
    expect(s.note).toBeDefined();
  });

  it('reads "t/m 2027" without a start as from the start of the period', () => {
    expect(parse('t/m 2027')).toMatchObject({ kind: 'range', years: [2025, 2026, 2027], recognized: true });
  });

  it('follows the period it is given', () => {
    expect(parseSchedule('Jaarlijks', { start: 2029, end: 2032 }).years).toEqual([2029, 2030, 2031, 2032]);
    expect(parseSchedule('Vanaf 2030', { start: 2029, end: 2032 }).years).toEqual([2030, 2031, 2032]);
  });

  it('flags an unknown form, keeps the years it can see and never throws', () => {
    const s = parse('Na vaststelling van de woonzorgvisie in 2026 of 2027');
    expect(s).toMatchObject({ kind: 'unknown', recognized: false, years: [2026, 2027] });
    expect(s.note).toMatch(/^Uitvoering niet herkend: /);
    expect(s.note).toContain('Na vaststelling van de woonzorgvisie');
  });

  it('flags an unknown form without years with an empty year list', () => {
    const s = parse('Zo snel mogelijk');
    expect(s).toMatchObject({ kind: 'unknown', recognized: false, years: [] });
    expect(s.note).toMatch(/^Uitvoering niet herkend: "Zo snel mogelijk"/);
  });

  it('does not take numbers outside 2000–2100 for years', () => {
    expect(parse('1995')).toMatchObject({ kind: 'unknown', years: [] });
    expect(parse('ca. 12345 woningen in 2026 …')).toMatchObject({ kind: 'unknown', years: [2026] });
  });

  it('survives odd input', () => {
    for (const text of ['(', ')', '2025 (', '- 2028', '2025 -', ',', '2025,', '::', 'Vanaf', '2025 en']) {
      expect(() => parse(text)).not.toThrow();
    }
    expect(parse('2025,')).toMatchObject({ kind: 'years', years: [2025] });
  });
});

describe('scheduleLabel', () => {
  it('describes each kind in short Dutch', () => {
    expect(scheduleLabel(parse('2025 - 2028'))).toBe('2025 t/m 2028');
    expect(scheduleLabel(parse('2025 – 2026'))).toBe('2025 en 2026');
    expect(scheduleLabel(parse('2027'))).toBe('2027');
    expect(scheduleLabel(parse('Jaarlijks'))).toBe('jaarlijks');
    expect(scheduleLabel(parse('Doorlopend'))).toBe('doorlopend');
    expect(scheduleLabel(parse('Vanaf 2025'))).toBe('vanaf 2025');
    expect(scheduleLabel(parse('2025 en verder'))).toBe('vanaf 2025');
    expect(scheduleLabel(parse('Bij ieder nieuwbouw-project'))).toBe('per project');
    expect(scheduleLabel(parse(''))).toBe('geen uitvoering vermeld');
    expect(scheduleLabel(parse('2025: ca. 140 won. 2026 - 2028: ca 80 won.'))).toBe('2025 t/m 2028');
    expect(scheduleLabel(parse('Zo snel mogelijk'))).toBe('niet herkend');
    expect(scheduleLabel(parse('ooit in 2026'))).toBe('niet herkend (2026)');
  });

  it('lists separate years and runs', () => {
    expect(describeYears([2025, 2027, 2028, 2029, 2031])).toBe('2025, 2027 t/m 2029 en 2031');
    expect(describeYears([2026, 2025])).toBe('2025 en 2026');
    expect(describeYears([])).toBe('');
  });
});
