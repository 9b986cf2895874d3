// What a link's status means for the secretary: open until a person decides,
// and the preview's counts as choices are made.
import { describe, expect, it } from 'vitest';
import { countLinks, decidedStatus, linkIsOpen, type LinkStatus } from '../../src/domain/links';

const row = (position: number, status: LinkStatus, agreementId: number | null) => ({ position, link: { status, agreementId } });

describe('links', () => {
  it('are open while the app only proposed, offers a choice or found nothing, and settled by the file or a person', () => {
    expect((['proposed', 'choice', 'none'] as const).map(linkIsOpen)).toEqual([true, true, true]);
    expect((['key', 'reference', 'evidence', 'confirmed', 'manual'] as const).map(linkIsOpen)).toEqual([false, false, false, false, false]);
  });

  it('become a confirmed proposal when the proposed afspraak is chosen, and hand-chosen otherwise', () => {
    expect(decidedStatus({ status: 'proposed', agreementId: 7 }, 7)).toBe('confirmed');
    expect(decidedStatus({ status: 'proposed', agreementId: 7 }, 8)).toBe('manual');
    expect(decidedStatus({ status: 'choice', agreementId: null }, 8)).toBe('manual');
    expect(decidedStatus({ status: 'none', agreementId: null }, null)).toBe('manual');
  });

  it('are counted as the preview shows them, with the choices made so far', () => {
    const rows = [row(1, 'reference', 3), row(2, 'proposed', 4), row(3, 'choice', null), row(4, 'none', null), row(5, 'proposed', 9)];
    expect(countLinks(rows)).toEqual({ linked: 1, proposed: 2, choices: 1, notFound: 1, decidedNone: 0 });
    // Confirm one proposal, pick for the choice, say "geen afspraak" for the other proposal:
    // that one is settled, the row for which nothing was found is still open.
    expect(countLinks(rows, { 2: 4, 3: 11, 5: null })).toEqual({ linked: 3, proposed: 0, choices: 0, notFound: 1, decidedNone: 1 });
  });
});
