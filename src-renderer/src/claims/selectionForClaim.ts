import {
  charactersCutBy,
  describeCharacterCut,
  toWholeCharacters,
} from '../../../src-main/core/text/wholeCharacters';
import type { OffsetRange } from '../editor/diffClaimMarks';
import { editorBridge } from '../workbench/editorBridge';
import { uiActions } from '../workbench/uiStore';

/**
 * The editor's selection as the span of a claim, in UTF-16 offsets into the text the editor
 * shows; null when nothing is selected. A selection that starts or ends inside a character (a
 * letter and its accent, an emoji sequence, a flag) is widened to the whole character, and the
 * checker is told which character and what the claim now reads: the service refuses part of a
 * character, and a checker who selected "Zoe" of "Zoë" means the name.
 */
export function selectionForClaim(): OffsetRange | null {
  const editor = editorBridge.current();
  const selection = editor?.selection();
  if (!editor || !selection) return null;
  const text = editor.text();
  const [cut] = charactersCutBy(text, selection.start, selection.end);
  if (!cut) return selection;
  const whole = toWholeCharacters(text, selection.start, selection.end);
  uiActions.notify({
    message: `${describeCharacterCut(text, selection, cut, 'The selection')} The claim takes the whole character.`,
    tone: 'info',
  });
  return whole;
}
