import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface PanelProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons shown at the foot of the panel, after the content in tab order. */
  footer?: ReactNode;
  className?: string;
}

const focusable = 'input:not([type=hidden]), textarea, select, button, [href], [tabindex="0"]';

/**
 * An inline panel in the article pane: it takes the focus when it opens, closes on Escape, and
 * gives the focus back to whatever opened it, so keyboard users never lose their place.
 */
export function Panel({ title, onClose, children, footer, className }: PanelProps) {
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (body.current?.querySelector<HTMLElement>(focusable) ?? heading.current)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section
      className={className ? `panel ${className}` : 'panel'}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <header className="panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="quiet" aria-label={`Close ${title}`} onClick={onClose}>
          Close
        </button>
      </header>
      <div className="panel-body" ref={body}>
        {children}
      </div>
      {footer && <footer className="panel-footer">{footer}</footer>}
    </section>
  );
}
