import type { OffsetRange } from '../editor/diffClaimMarks';

/** What the rest of the workbench may ask of the article editor while it is shown. */
export interface EditorAccess {
  /** The article whose text the editor shows. */
  articleId(): number;
  /** The current selection in UTF-16 offsets, or null when nothing is selected. */
  selection(): OffsetRange | null;
  /** The text as shown, with LF line ends. */
  text(): string;
  /** Where the editor shows a claim now, in UTF-16 offsets; null when it has no highlight. */
  claimRange(claimId: number): OffsetRange | null;
  focus(): void;
}

let attached: EditorAccess | null = null;

/**
 * The one article editor, for actions that are not components (marking a claim from a menu,
 * saving the text): the editor attaches itself while it is mounted.
 */
export const editorBridge = {
  /** Returns the function that detaches it again. */
  attach(access: EditorAccess): () => void {
    attached = access;
    return () => {
      if (attached === access) attached = null;
    };
  },
  current(): EditorAccess | null {
    return attached;
  },
  selection(): OffsetRange | null {
    return attached?.selection() ?? null;
  },
};
