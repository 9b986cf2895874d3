// The heavy calls that are still running (renderer/src/jobs.ts), in the corner
// of the window whatever page is open: what each is doing, where it is now,
// and "Annuleren". Cancelling rolls back what it wrote; the page that asked
// then says "Geannuleerd. Er is niets gewijzigd."
import { createPortal } from 'react-dom';
import { useJobs } from '../jobs';

export function JobPanel() {
  const jobs = useJobs((s) => s.jobs);
  const cancel = useJobs((s) => s.cancel);
  // Outside the app's frame, as the notices, so it stays in view when the page scrolls.
  return createPortal(
    // A live region without the status role: the notices keep that role to themselves, and this one is always there, empty or not, so it is heard when a job appears.
    <div className="job-region" aria-live="polite">
      {jobs.map((job) => (
        <div key={job.jobId} className="job">
          <div className="job-head">
            <div>
              <strong className="job-title">{job.title}</strong>
              <span className="job-phase">{job.phase}…</span>
            </div>
            <button
              type="button"
              className="button-quiet"
              disabled={!job.cancellable || job.cancelling}
              aria-label={`${job.title}: annuleren`}
              onClick={() => void cancel(job.jobId)}
            >
              {job.cancelling ? 'Annuleren…' : 'Annuleren'}
            </button>
          </div>
          <progress className="progress" aria-label={`${job.title}: ${job.phase}`} />
          {job.note && <p className="job-note">{job.note}</p>}
        </div>
      ))}
    </div>,
    document.body,
  );
}
