// The set this window works in, in the header: its title, and a choice of the
// other stored sets when the database holds more than one.
import { useEffect, useId } from 'react';
import { useAgreementSets } from '../agreement-sets';
import { useWerkbank } from '../store';

export function SetSwitch() {
  const appInfo = useWerkbank((s) => s.appInfo);
  const { sets, switching, switchError, open, choose } = useAgreementSets();
  const id = useId();
  const databasePath = appInfo.status === 'ready' ? appInfo.value.databasePath : null;
  useEffect(() => {
    if (databasePath !== null) void open(databasePath);
  }, [databasePath, open]);
  const active = appInfo.status === 'ready' ? appInfo.value.agreementSet : null;
  if (!active) return <div className="brand-sub">Werkgroep Prestatieafspraken</div>;
  const stored = sets.status === 'ready' ? sets.value : [];
  if (stored.length < 2 || databasePath === null) {
    return (
      <div className="brand-sub set-indicator" title={`Set ${active.code}`}>
        {active.title}
      </div>
    );
  }
  return (
    <div className="brand-sub set-switch">
      <label htmlFor={id}>Set:</label>{' '}
      <select id={id} title={active.title} value={active.code} disabled={switching} onChange={(e) => void choose(databasePath, e.target.value)}>
        {stored.map((s) => (
          <option key={s.code} value={s.code}>
            {s.title}
          </option>
        ))}
      </select>
      {switchError && (
        <span className="set-switch-error" role="alert">
          {' '}
          {switchError}
        </span>
      )}
    </div>
  );
}
