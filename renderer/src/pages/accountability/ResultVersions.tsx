// Below the status board: the versions of one party's results files, per year
// of the report — when each was read in, from which file, by whom, how many
// results, and which one the verantwoording counts; the latest one's import
// can be undone, as on the Inzendingen page.
import { useAccountability, type PartyVersions } from '../../accountability';
import { LoadView } from '../../components/Status';
import { UndoButton, UndoConfirm, UndoDone } from '../../components/UndoImport';
import { VersionTable } from '../../components/VersionTable';
import { countLabel } from '../../format';

export const RESULT_VERSIONS_ID = 'result-versions';

/** Brings the versions into view once React has rendered them, without a jump when they are visible already. */
export function scrollToVersions(): void {
  requestAnimationFrame(() => document.getElementById(RESULT_VERSIONS_ID)?.scrollIntoView({ block: 'nearest' }));
}

export function ResultVersions({ shown, partyName }: { shown: PartyVersions; partyName: string }) {
  const close = useAccountability((s) => s.showVersions);
  return (
    <section id={RESULT_VERSIONS_ID} className="result-versions" aria-labelledby={`${RESULT_VERSIONS_ID}-title`}>
      <div className="result-versions-head">
        <div>
          <h3 id={`${RESULT_VERSIONS_ID}-title`}>Ingelezen resultaten van {partyName}</h3>
          <p className="muted small">
            Ieder ingelezen bestand is een versie; de verantwoording telt de huidige versie.
          </p>
        </div>
        <button type="button" className="button-quiet" onClick={() => close(null)}>
          Sluiten
        </button>
      </div>
      <LoadView state={shown.years} what="de versies">
        {(years) =>
          years.map(({ year, versions, undone }) => (
            <div key={year} className="result-versions-year">
              <h4>Over {year}</h4>
              <VersionTable
                versions={versions}
                undone={undone}
                counted="Resultaten"
                empty={`Nog geen resultaten ontvangen over ${year}.`}
                label={`Versies van ${partyName} over ${year}`}
                action={(v) => <UndoButton store={useAccountability} version={v} latest={v.id === versions[0]?.id} />}
                onReceivedOnChanged={() => void useAccountability.getState().loadReport()}
              />
              <UndoConfirm
                store={useAccountability}
                versions={versions}
                partyName={partyName}
                count={(n) => countLabel(n, 'resultaat', 'resultaten')}
              />
            </div>
          ))
        }
      </LoadView>
      <UndoDone store={useAccountability} />
    </section>
  );
}
