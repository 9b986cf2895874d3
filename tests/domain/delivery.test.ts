import { describe, expect, it } from 'vitest';
import { emailProblem } from '../../src/domain/contacts';
import { deliveryDeadline, deliveryStatus, deliveryText, mailKindFor } from '../../src/domain/delivery';

describe('late is late', () => {
  it('takes 30 June before the planning year and the last day of February after the execution year as the deadline', () => {
    expect(deliveryDeadline('activities', 2027)).toBe('2026-06-30');
    expect(deliveryDeadline('results', 2027)).toBe('2028-02-29');
  });

  it('tells not yet due, due in N days, overdue since the day after, and received late from the first version', () => {
    const at = (today: string, received: string | null = null) => deliveryText(deliveryStatus('activities', 2027, today, received));
    expect(at('2026-05-01')).toBe('nog niet aan de beurt (uiterlijk 30 juni 2026)');
    expect(at('2026-06-16')).toBe('over 14 dagen (uiterlijk 30 juni 2026)');
    expect(at('2026-06-29')).toBe('over 1 dag (uiterlijk 30 juni 2026)');
    expect(at('2026-06-30')).toBe('vandaag de laatste dag');
    expect(at('2026-07-01')).toBe('te laat sinds 1 juli 2026');
    expect(at('2026-09-01', '2026-06-30')).toBe('op tijd ontvangen op 30 juni 2026');
    expect(at('2026-09-01', '2026-07-02')).toBe('te laat ontvangen op 2 juli 2026 (2 dagen na de termijn)');
  });

  it('calls no one late for a deadline that fell before the agreement was signed', () => {
    // Druten signed on 12 December 2024: the overview for planning year 2025 was due 30 June 2024, under no agreement.
    const before = deliveryStatus('activities', 2025, '2026-07-04', null, '2024-12-12');
    expect(before).toEqual({ state: 'before-agreement', deadline: '2024-06-30', receivedOn: null });
    expect(deliveryText(before)).toBe('geen termijn: die viel vóór de ondertekening');
    expect(deliveryText(deliveryStatus('activities', 2025, '2026-07-04', '2025-02-01', '2024-12-12'))).toBe(
      'ontvangen op 1 februari 2025 (geen termijn: die viel vóór de ondertekening)',
    );
    // The next year's deadline is the agreement's own: missing it is late.
    expect(deliveryStatus('activities', 2026, '2026-07-04', null, '2024-12-12').state).toBe('overdue');
  });

  it('offers the e-mail that fits each state', () => {
    expect(['not-due', 'due-soon', 'overdue', 'on-time', 'late'].map((s) => mailKindFor(s as never))).toEqual(['request', 'reminder', 'late', 'thanks', 'thanks']);
  });
});

describe('e-mail addresses', () => {
  it('accepts what people use and says in Dutch what is wrong with a typo', () => {
    expect(emailProblem('p.jansen@woonwaarts.nl')).toBeNull();
    expect(emailProblem('info+prestatie@bewonersraad-dekernen.nl')).toBeNull();
    expect(emailProblem('')).toBe('Vul een e-mailadres in.');
    expect(emailProblem('p.jansen@@woonwaarts.nl')).toMatch(/precies één @/);
    expect(emailProblem('p.jansen.woonwaarts.nl')).toMatch(/precies één @/);
    expect(emailProblem('p..jansen@woonwaarts.nl')).toMatch(/het deel vóór de @ klopt niet/);
    expect(emailProblem('p.jansen@woonwaarts')).toMatch(/na de @ hoort een domein/);
    expect(emailProblem('p.jansen@woonwaarts.nl ')).toBeNull();
  });
});
