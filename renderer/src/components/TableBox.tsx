// A box of its own that scrolls when its content does not fit: a data table
// sideways when the window is narrow or the text large (so the page itself
// never does), a long list downwards. A box that scrolls must be reachable by
// keyboard: while it overflows it is a labelled region in the tab order;
// while it fits it is no stop at all.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function ScrollBox({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={className}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </div>
  );
}

/** A data table that scrolls sideways in its own box. */
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollBox label={label} className="table-box">
      {children}
    </ScrollBox>
  );
}
