// Exports from a case system (zaaksysteem) or a ticket tool, sent as the plan. Their status column speaks the
// system's words: a case "Afgehandeld", "Afgesloten" or "Gesloten" in an earlier year is done, and no work of the
// planning year; one still open, or closed with dates in the year, is.
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { activityTexts, readFilledSheet, warningAt } from '../helpers/workbook';

const d = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

describe('a case system export', () => {
  it('keeps the cases closed before the planning year as notes, each saying so', async () => {
    const r = await readFilledSheet(
      'Export_zaken_PA_20270618.xlsx',
      (ws: Worksheet) => {
        ws.getRow(1).values = ['Rapport: Zaken per onderwerp'];
        ws.getRow(3).values = ['Zaaknummer', 'Onderwerp', 'Omschrijving', 'Behandelaar', 'Status', 'Startdatum', 'Einddatum'];
        ws.getRow(4).values = ['ZAAK-2025-001877', 'PA 1.1 Nieuwbouw', 'Onderzoek volkshuisvestelijk vereveningsfonds, raadsvoorstel', 'H. Derksen', 'Afgehandeld', d(2025, 1, 15), d(2025, 12, 9)];
        ws.getRow(5).values = ['ZAAK-2027-004790', 'PA 1.1 Nieuwbouw', 'Aanvraag account planmonitor-dashboard', 'ICT', 'Gesloten', d(2027, 6, 2), d(2027, 6, 4)];
        ws.getRow(6).values = ['ZAAK-2027-004102', 'PA 1.1 Nieuwbouw', 'Doelgroepenverordening: raadsvoorstel schrijven', 'R. Jansen', 'In behandeling', d(2027, 3, 1), d(2028, 6, 30)];
        ws.getRow(7).values = ['ZAAK-2024-000311', 'PA 1.1 Nieuwbouw', 'Kloosterakker fase 1: 6 sociale huurwoningen', 'VG', 'Afgesloten', d(2024, 3, 1), d(2025, 11, 14)];
        ws.getRow(8).values = ['ZAAK-2028-000102', 'PA 5.1 Leefbaarheid', 'Wijkschouw Puiflijk met corporaties en huurders', 'K. Lamers', 'Gesloten', d(2028, 3, 1), d(2028, 5, 20)];
      },
      2028,
      'Zaken',
    );
    expect(activityTexts(r)).toEqual(['Doelgroepenverordening: raadsvoorstel schrijven', 'Wijkschouw Puiflijk met corporaties en huurders']);
    expect(r.notes.map((n) => n.text)).toEqual([
      'Onderzoek volkshuisvestelijk vereveningsfonds, raadsvoorstel',
      'Aanvraag account planmonitor-dashboard',
      'Kloosterakker fase 1: 6 sociale huurwoningen',
    ]);
    expect(warningAt(r, 4)).toContain('is al gedaan (Status: "Afgehandeld", planning "15 januari 2025"), vóór 2028');
    expect(warningAt(r, 7)).toContain('is al gedaan (Status: "Afgesloten"');
  });
});
