import { uiActions, uiStore } from './uiStore';

/** Frames to wait for a just-opened drawer's virtualised list to draw its rows. */
const ROW_WAIT_FRAMES = 20;

const isShown = (selector: string) =>
  (document.querySelector<HTMLElement>(selector)?.offsetParent ?? null) !== null;

/**
 * Moves the focus to the claims pane: the selected claim in the list if it is shown, else the
 * first claim, else the pane's first control. The way out of the article editor by keyboard.
 */
export function focusClaimsPane(): void {
  focusWhenDrawn(ROW_WAIT_FRAMES);
}

function focusWhenDrawn(framesLeft: number): void {
  // On narrow windows the pane is a drawer: it opens, and is focused once it is drawn.
  if (!uiStore.getState().claimsOpen && !isShown('.claims-pane')) {
    uiActions.setClaimsOpen(true);
    requestAnimationFrame(() => requestAnimationFrame(() => focusWhenDrawn(framesLeft)));
    return;
  }
  const pane = document.querySelector<HTMLElement>('.claims-pane');
  if (!pane) return;
  // The list measures its scroller before drawing rows; an empty list says so with its hint.
  const listDrawn =
    pane.querySelector('.claim-item') !== null || pane.querySelector('.claim-list .hint') !== null;
  if (!listDrawn && framesLeft > 0) {
    requestAnimationFrame(() => focusWhenDrawn(framesLeft - 1));
    return;
  }
  const target =
    pane.querySelector<HTMLElement>('.claim-item[aria-pressed="true"]') ??
    pane.querySelector<HTMLElement>('.claim-item') ??
    pane.querySelector<HTMLElement>('button, select, input, [tabindex="0"]');
  target?.focus();
}
