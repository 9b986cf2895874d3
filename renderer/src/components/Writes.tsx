// Controls that write to the database: off while it is only for viewing (see
// ../read-only.ts), each saying why in its title and accessible description,
// so that no page invites a change the service would refuse. Exports and
// everything that only shows stay as they are.
import type { ComponentProps, ReactNode } from 'react';
import { READ_ONLY_TITLE, readOnlyDescription, useReadOnly } from '../read-only';

/** A button whose action writes (or opens a form that does); `data-writes` lets tests find every one. */
export function WriteButton({ disabled, title, ...rest }: ComponentProps<'button'>) {
  const reason = useReadOnly();
  if (reason === undefined) return <button {...rest} disabled={disabled} title={title} data-writes="" />;
  return <button {...rest} disabled title={READ_ONLY_TITLE} aria-description={readOnlyDescription(reason)} data-writes="" />;
}

/** Around a form's fields and buttons when the whole form writes: disabled as one while the database is only for viewing. */
export function WriteFieldset({ children, className }: { children: ReactNode; className?: string }) {
  const reason = useReadOnly();
  return (
    <fieldset
      className={className ? `writes-fieldset ${className}` : 'writes-fieldset'}
      disabled={reason !== undefined}
      title={reason === undefined ? undefined : READ_ONLY_TITLE}
      aria-description={reason === undefined ? undefined : readOnlyDescription(reason)}
      data-writes=""
    >
      {children}
    </fieldset>
  );
}

/** Said where a caption invites writing, in place of that invitation, while the database is only for viewing. */
export function ReadOnlyNote({ what }: { what: string }) {
  const reason = useReadOnly();
  if (reason === undefined) return null;
  return <p className="hint read-only-note">Dit exemplaar is alleen te bekijken: {what} kan hier niet.</p>;
}
