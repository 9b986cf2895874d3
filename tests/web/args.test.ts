import { describe, expect, it } from 'vitest';
import { ArgsError, HELP_TEXT, parseWebArgs } from '../../src/web/args';

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

  it('knows --help and -h', () => {
    expect(parseWebArgs(['--help']).help).toBe(true);
    expect(parseWebArgs(['-h']).help).toBe(true);
    expect(HELP_TEXT).toContain('Gebruik: npm run web -- [--db PAD] [--port NUMMER]');
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
