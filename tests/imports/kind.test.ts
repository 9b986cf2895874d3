// Telling a partner's own results overview from an activiteitenoverzicht, so
// the results are not read in as next year's planning by mistake.
import { describe, expect, it } from 'vitest';
import { resultsSignal } from '../../src/imports/kind';

describe('a results overview in a partner’s own layout', () => {
  it('is recognised by its file name, its sheet name or a column only results have', () => {
    expect(resultsSignal('HBD_resultaten_2026.xlsx', 'Blad1', ['Activiteit', 'Status', 'Toelichting'])).toEqual({ where: 'bestandsnaam', text: 'resultaten' });
    expect(resultsSignal('Woonwaarts jaarverslag prestatieafspraken 2025.xlsx', 'Blad1', [])).toEqual({ where: 'bestandsnaam', text: 'jaarverslag' });
    expect(resultsSignal('Gemeente Druten 2026.xlsx', 'Verantwoording', [])).toEqual({ where: 'bladnaam', text: 'Verantwoording' });
    expect(resultsSignal('De Kernen 2026.xlsx', 'Blad1', ['Afspraak', 'Activiteit', 'Stand van zaken', 'Wat is bereikt'])).toEqual({ where: 'kolom', text: 'Stand van zaken' });
    expect(resultsSignal('Gemeente 2026.xlsx', 'Blad1', ['Wat hebben we gedaan?', 'Voortgang'])).toEqual({ where: 'kolom', text: 'Voortgang' });
  });

  it('is not seen in an activiteitenoverzicht, even one with a Status column', () => {
    expect(resultsSignal('Bewonersraad De Kernen - jaarplan 2027.xlsx', 'Jaarplan 2027', ['Nr.', 'Onderwerp', 'Actie', 'Rol', 'Termijn', 'Opmerkingen', 'Status'])).toBeNull();
    expect(resultsSignal('Woonwaarts activiteiten 2027.xlsx', 'Activiteiten 2027', ['Thema', 'Bij', 'Wat gaan we doen?', 'Wat hebben we nodig\n(van wie)?', 'Planning'])).toBeNull();
    expect(resultsSignal('HBD_activiteiten_2027_def.xlsx', 'Blad1', ['Activiteit', 'Wanneer', 'Onze rol'])).toBeNull();
  });
});
