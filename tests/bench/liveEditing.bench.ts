import { mapSpansThroughEdits, type LiveSpan } from '../../src-main/core/anchoring';
import { timeIt, type Benchmark } from './harness';

const ARTICLE_LENGTH = 1_000_000;
const CLAIM_COUNT = 5_000;
/** A main-thread task longer than this is a long task: the editor would feel stuck. */
const LONG_TASK_MS = 50;

/**
 * What the renderer does on the main thread for each keystroke: map every claim through the
 * edit. The baseline is the least any keystroke handler does with this state: copy the text
 * (Monaco's getValue) and one object per claim.
 */
export const benchmark: Benchmark = {
  name: 'live editing',
  run() {
    const text = 'The minister said the budget rose by 40 percent last year. '.repeat(
      Math.ceil(ARTICLE_LENGTH / 60),
    );
    const step = Math.floor(text.length / CLAIM_COUNT);
    const spans: LiveSpan[] = Array.from({ length: CLAIM_COUNT }, (_, i) => {
      const start = i * step + 4;
      return {
        id: i + 1,
        start,
        end: start + 12,
        exact: text.slice(start, start + 12),
        anchorState: 'attached',
      };
    });
    const offset = Math.floor(text.length / 2);
    const edited = `${text.slice(0, offset)}x${text.slice(offset)}`;
    const edit = [{ offset, deleteLength: 0, insertText: 'x' }];

    const baseline = timeIt(() => {
      const copy = `${edited.slice(0, offset)}${edited.slice(offset)}`;
      spans.map((span) => ({ ...span, length: copy.length }));
    }, 7);
    const value = timeIt(() => {
      mapSpansThroughEdits(spans, edit, edited);
    }, 7);
    const ratio = value / baseline;
    return [
      {
        name: `live editing: one keystroke, ${CLAIM_COUNT} claims on 1 MB, vs copying the state`,
        value,
        unit: 'ms',
        baseline,
        ratio,
        target: `ratio <= 10 and under ${LONG_TASK_MS} ms`,
        ok: ratio <= 10 && value < LONG_TASK_MS,
      },
    ];
  },
};
