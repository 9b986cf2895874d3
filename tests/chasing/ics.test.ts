// The cycle as an .ics file, read back by ical.js (a parser no one here wrote):
// every moment of section 6.2 in 2027, with the right year in its title.
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { beforeAll, describe, expect, it } from 'vitest';
import { cycleEvents, foldLine, writeIcs } from '../../src/chasing/ics';

const PERIOD = { start: 2025, end: 2028 };

// ical.js is an ES module only; the tests compile as CommonJS, so it comes in dynamically.
let ICAL: typeof ICALModule;
beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => {
    const event = new ICAL.Event(c);
    const alarm = c.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      trigger: alarm?.getFirstPropertyValue('trigger')?.toString(),
      description: event.description,
    };
  });
}

describe('the cycle as an .ics file', () => {
  const text = writeIcs('Jaarcyclus prestatieafspraken 2027', cycleEvents(2027, PERIOD), new Date('2026-12-02T09:00:00Z'));

  it('holds every deadline and meeting of 2027 with its planning or uitvoeringsjaar, each with a reminder a week before', () => {
    const events = parse(text);
    const deadlines = events.filter((e) => !e.summary.startsWith('Fase')).map((e) => `${e.start} ${e.summary}`);
    expect(deadlines).toEqual([
      '2027-02-28 Termijn: Resultaten van het afgeronde uitvoeringsjaar bij de werkgroep (uitvoeringsjaar 2026)',
      '2027-03-31 Bestuurlijk Overleg stelt de accenten vast (planningsjaar 2028)',
      '2027-06-30 Bestuurlijk Overleg over de tussenevaluatie (uitvoeringsjaren 2025–2026)',
      '2027-06-30 Termijn: Activiteitenoverzichten bij de werkgroep (planningsjaar 2028)',
      '2027-08-31 Werkgroep stemt de activiteiten met elkaar af (planningsjaar 2028)',
      '2027-11-30 Gebundeld en afgestemd activiteitenoverzicht naar alle partijen (planningsjaar 2028)',
      '2027-12-31 Uitvraag van de resultaten naar de partijen (uitvoeringsjaar 2027)',
    ]);
    const phases = events.filter((e) => e.summary.startsWith('Fase')).map((e) => `${e.start}/${e.end} ${e.summary}`);
    expect(phases).toEqual([
      '2027-01-01/2027-04-01 Fase 1: Monitoring, terugblikken en vooruitkijken (uitvoeringsjaar 2026 en planningsjaar 2028)',
      '2027-01-01/2027-07-01 Fase 4a: Tussenevaluatie Meerjarige prestatieafspraken (uitvoeringsjaren 2025–2026)',
      '2027-04-01/2027-07-01 Fase 2: Opstellen en uitbrengen activiteitenoverzichten (planningsjaar 2028)',
      '2027-08-01/2027-12-01 Fase 3: Uitwerken gezamenlijk activiteitenoverzicht (planningsjaar 2028)',
      '2027-12-01/2028-03-01 Fase 4: Verslaglegging en verantwoording (uitvoeringsjaar 2027)',
    ]);
    expect(events.every((e) => e.trigger === '-P7D')).toBe(true);
  });

  it('keeps each event\'s UID when made again later, so a second import updates instead of doubling', () => {
    const later = writeIcs('x', cycleEvents(2027, PERIOD), new Date('2027-03-01T09:00:00Z'));
    expect(parse(later).map((e) => e.uid)).toEqual(parse(text).map((e) => e.uid));
    expect(new Set(parse(text).map((e) => e.uid)).size).toBe(parse(text).length);
    expect(later).toMatch(/^DTSTAMP:20270301T090000Z\r$/m);
  });

  it('ends lines with CRLF, folds at 75 octets without splitting a character, and escapes text', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    const odd = writeIcs('x', [{ uid: 'u@x', start: '2027-05-01', end: '2027-05-01', summary: 'Overleg; thema 1, 2 en 3\\4', description: 'regel 1\nregel 2', remindDaysBefore: 1 }], new Date());
    expect(parse(odd)[0]).toMatchObject({ summary: 'Overleg; thema 1, 2 en 3\\4', description: 'regel 1\nregel 2', start: '2027-05-01', end: '2027-05-02', trigger: '-P1D' });
  });
});
