import { useEffect, useRef } from 'react';

/**
 * Shows a <dialog> as modal while mounted (the page behind it is inert, so Tab stays inside),
 * and gives the focus back to what had it before. Escape closes it through `onClose`.
 */
export function useModalDialog(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      latestClose.current();
    };
    element.addEventListener('cancel', cancel);
    return () => {
      element.removeEventListener('cancel', cancel);
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return dialog;
}
