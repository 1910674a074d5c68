const nonTextInputs = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'file']);

/** Whether a key press on this element types text, so letters there must not act as shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !nonTextInputs.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}
