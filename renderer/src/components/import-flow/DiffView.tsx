// The difference between a preview and the current version, row by row.
import type { ImportPreview } from '../../../../src/service/contract';

const CHANGE_LABELS = { added: 'nieuw', changed: 'gewijzigd', removed: 'vervalt' } as const;

export function DiffView({ diff }: { diff: NonNullable<ImportPreview['diff']> }) {
  return (
    <section className="preview-section" aria-labelledby="diff-title">
      <h4 id="diff-title">Verschil met de huidige versie {diff.againstVersion}</h4>
      {diff.items.length === 0 ? (
        <p className="muted">Geen verschillen in de activiteiten.</p>
      ) : (
        <>
          <p className="muted small">
            {diff.added} nieuw · {diff.changed} gewijzigd · {diff.removed} vervalt
          </p>
          <ul className="change-list">
            {diff.items.map((item, i) => (
              <li key={i} className={`change change-${item.change}`}>
                <span className={`badge change-badge-${item.change}`}>{CHANGE_LABELS[item.change]}</span>
                <span className="change-text">{item.activity}</span>
                {item.details.length > 0 && (
                  <ul className="change-details">
                    {item.details.map((d, j) => (
                      <li key={j}>{d}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
