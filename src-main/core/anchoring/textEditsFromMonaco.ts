import type { TextEdit } from './anchoringTypes';

/** The fields Factdesk needs from Monaco's IModelContentChange, typed structurally so core stays free of Monaco. */
export interface MonacoContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export function textEditsFromMonaco(changes: readonly MonacoContentChange[]): TextEdit[] {
  return changes.map((change) => ({
    offset: change.rangeOffset,
    deleteLength: change.rangeLength,
    insertText: change.text,
  }));
}
