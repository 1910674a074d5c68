/**
 * Unicode's invisible text-direction controls: the embeddings and overrides U+202A–U+202E
 * (LRE, RLE, PDF, LRO, RLO), the isolates U+2066–U+2069 (LRI, RLI, FSI, PDI) and the marks
 * U+200E, U+200F and U+061C (LRM, RLM, ALM). In a title or a name they let text show in
 * another order than it is stored ("Trojan Source"): an RLO makes "Claim: 10 dead" read
 * backwards, and a mark beside digits or punctuation can move them. A fact checker publishes
 * what they see, so single-line fields read from files lose them. The marks go too: in a single line shown isolated (dir="auto"), right-to-left
 * names keep their direction from their own letters.
 */
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Whether `text` holds any text-direction control (see above). */
export function hasDirectionControls(text: string): boolean {
  DIRECTION_CONTROL.lastIndex = 0;
  return DIRECTION_CONTROL.test(text);
}

/**
 * `text` without its text-direction controls. In a web address (`kind` 'url') each is
 * percent-encoded instead (U+202E becomes %E2%80%AE), which is the same address to a browser
 * and keeps it identifying the same page; elsewhere each is removed.
 */
export function withoutDirectionControls(text: string, kind: 'text' | 'url' = 'text'): string {
  if (!hasDirectionControls(text)) return text;
  return text.replace(DIRECTION_CONTROL, (control) =>
    kind === 'url' ? encodeURIComponent(control) : '',
  );
}

/**
 * A copy of `record` whose string fields named in `fields` have lost their text-direction
 * controls (fields named in `urls` are percent-encoded instead), and how many fields changed.
 * Lists of strings count as one field each. Other fields are copied as they are.
 */
export function recordWithoutDirectionControls<T extends object>(
  record: T,
  fields: readonly (keyof T)[],
  urls: readonly (keyof T)[] = [],
): { record: T; changed: number } {
  const copy = { ...record };
  let changed = 0;
  for (const key of [...fields, ...urls]) {
    const kind = urls.includes(key) ? 'url' : 'text';
    const value: unknown = copy[key];
    if (typeof value === 'string' && hasDirectionControls(value)) {
      copy[key] = withoutDirectionControls(value, kind) as T[keyof T];
      changed++;
    } else if (
      Array.isArray(value) &&
      value.some((v) => typeof v === 'string' && hasDirectionControls(v))
    ) {
      copy[key] = value.map((v: unknown) =>
        typeof v === 'string' ? withoutDirectionControls(v, kind) : v,
      ) as T[keyof T];
      changed++;
    }
  }
  return { record: copy, changed };
}

/**
 * What the checker is told when an import removed text-direction controls from `fields`
 * fields (of `what`, e.g. "the fact checks"), in plain words; null when it removed none.
 */
export function directionControlsNote(fields: number, what: string): string | null {
  if (fields === 0) return null;
  const count = fields === 1 ? '1 field' : `${fields.toLocaleString('en')} fields`;
  return `${count} of ${what} held hidden text-direction controls (such as U+202E), which can make text show in another order than it is written; Factdesk removed them, so what you see is the order the text is stored in.`;
}
