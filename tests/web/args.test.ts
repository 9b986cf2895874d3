import { describe, expect, it } from 'vitest';
import { ArgsError, HELP_TEXT, clockOn, parseWebArgs } from '../../src/web/args';
import { localDay, localTime } from '../../src/domain/local-time';

describe('parseWebArgs', () => {
  it('defaults to a free port and the default database', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, help: false });
  });

  it('reads --db and --port, with or without =', () => {
    expect(parseWebArgs(['--db', '/tmp/a.sqlite', '--port', '8123'])).toEqual({
      databasePath: '/tmp/a.sqlite',
      port: 8123,
      help: false,
    });
    expect(parseWebArgs(['--db=/tmp/b.sqlite', '--port=0'])).toEqual({ databasePath: '/tmp/b.sqlite', port: 0, help: false });
  });

  it('takes --datum to practise the cycle on another day, and refuses a date that does not exist', () => {
    expect(parseWebArgs(['--datum', '2027-01-15'])).toEqual({ port: 0, today: '2027-01-15', help: false });
    expect(() => parseWebArgs(['--datum', '2027-02-30'])).toThrow('De datum "2027-02-30" is ongeldig: schrijf hem als JJJJ-MM-DD');
    expect(() => parseWebArgs(['--datum', '15-01-2027'])).toThrow(ArgsError);
    expect(() => parseWebArgs(['--datum'])).toThrow('Na --datum hoort een datum (JJJJ-MM-DD).');
  });

  it('runs a Werkbank started with --datum on that day in Druten, at the time it is there now', () => {
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    const now = clockOn('2027-01-15')();
    const real = new Date();
    expect(localDay(now)).toBe('2027-01-15');
    const apart = Math.abs(minutes(localTime(now)) - minutes(localTime(real)));
    expect(Math.min(apart, 1440 - apart)).toBeLessThanOrEqual(1);
    // In summer time too, and whatever the computer's own zone.
    expect(localDay(clockOn('2027-07-01')())).toBe('2027-07-01');
  });

  it('takes --set as the agreement set to work in, and refuses an empty one', () => {
    expect(parseWebArgs(['--set', ' beuningen-2029-2032 '])).toEqual({ port: 0, setCode: 'beuningen-2029-2032', help: false });
    expect(() => parseWebArgs(['--set=  '])).toThrow('Na --set hoort de code van een set (zie prestatie sets).');
    expect(() => parseWebArgs(['--set'])).toThrow('Na --set hoort een code van een set.');
  });

  it('takes --naam as who is recorded in the logs, and refuses an empty one', () => {
    expect(parseWebArgs(['--naam', ' Annet de Vries '])).toEqual({ port: 0, name: 'Annet de Vries', help: false });
    expect(() => parseWebArgs(['--naam', ' '])).toThrow('Na --naam hoort een naam.');
    expect(() => parseWebArgs(['--naam'])).toThrow('Na --naam hoort een naam.');
    expect(() => parseWebArgs(['__proto__', 'x'])).toThrow('Onbekende optie: __proto__.');
  });

  it('knows --help and -h', () => {
    expect(parseWebArgs(['--help']).help).toBe(true);
    expect(parseWebArgs(['-h']).help).toBe(true);
    expect(HELP_TEXT).toContain('Gebruik: npm run web -- [--db PAD] [--port NUMMER] [--datum JJJJ-MM-DD]');
  });

  it.each([
    [['--poort', '1'], /Onbekende optie: --poort/],
    [['extra'], /Onbekende optie: extra/],
    [['--port'], /Na --port hoort een poortnummer/],
    [['--db'], /Na --db hoort een pad/],
    [['--db', '--port', '1'], /Na --db hoort een pad/],
    [['--db='], /Na --db hoort een pad/],
    [['--port', 'abc'], /poortnummer "abc" is ongeldig/],
    [['--port', '70000'], /poortnummer "70000" is ongeldig/],
    [['--port', '-1'], /Na --port hoort een poortnummer|ongeldig/],
    [['--port', '1', '--port', '2'], /twee keer/],
  ])('refuses %j in Dutch', (argv, message) => {
    expect(() => parseWebArgs(argv)).toThrow(ArgsError);
    expect(() => parseWebArgs(argv)).toThrow(message);
  });
});
