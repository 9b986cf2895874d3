// The outcome of the last contact or mail action, shown where it was asked.
import { useChasing } from '../chasing';

export function Outcome({ where }: { where: string }) {
  const error = useChasing((s) => s.error);
  const done = useChasing((s) => s.done);
  if (error?.where === where) {
    return (
      <p className="error-message" role="alert">
        {error.message}
      </p>
    );
  }
  if (done?.where === where) {
    return (
      <p className="success-box" role="status">
        {done.message}
      </p>
    );
  }
  return null;
}
