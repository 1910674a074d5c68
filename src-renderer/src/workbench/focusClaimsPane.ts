import { uiActions, uiStore } from './uiStore';

const isShown = (selector: string) =>
  (document.querySelector<HTMLElement>(selector)?.offsetParent ?? null) !== null;

/**
 * Moves the focus to the claims pane: the selected claim in the list if it is shown, else the
 * first claim, else the pane's first control. The way out of the article editor by keyboard.
 */
export function focusClaimsPane(): void {
  // On narrow windows the pane is a drawer: it opens, and is focused once it is drawn.
  if (!uiStore.getState().claimsOpen && !isShown('.claims-pane')) {
    uiActions.setClaimsOpen(true);
    requestAnimationFrame(() => requestAnimationFrame(focusClaimsPane));
    return;
  }
  const pane = document.querySelector<HTMLElement>('.claims-pane');
  if (!pane) return;
  const target =
    pane.querySelector<HTMLElement>('.claim-item[aria-pressed="true"]') ??
    pane.querySelector<HTMLElement>('.claim-item') ??
    pane.querySelector<HTMLElement>('button, select, input, [tabindex="0"]');
  target?.focus();
}
