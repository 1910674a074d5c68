import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ArticleDraft } from '../library/ArticleDraft';
import { emptyDraft } from '../library/ArticleDraft';
import type { ImportState } from '../library/useImportFlow';

/** The panels that can take the centre pane's place. */
export type PanelName =
  | 'new'
  | 'preferences'
  | 'about'
  | 'export'
  | 'loadVersion'
  | 'annotations'
  | 'training'
  | 'exercise'
  | 'search'
  | 'factchecks';

/**
 * What the centre pane shows: the open article (or, without one, the empty state), one panel, or
 * the file import flow. One value, so a panel and the import flow can never both claim the pane.
 */
export type CentreView =
  | { kind: 'article' }
  | { kind: 'panel'; panel: PanelName }
  /** An imported fact check, read-only, opened from search or "Checked before?". */
  | { kind: 'factcheck'; id: number }
  | { kind: 'import'; flow: Exclude<ImportState, { step: 'closed' }> };

export type SaveState =
  { kind: 'saved'; at: Date | null } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** One thing to do about it, offered as a button: Undo a deletion, Reload changed data. */
  action?: { label: string; run(): Promise<void> };
}

/** How long a notice without an action stays before it dismisses itself, in ms. */
export const NOTICE_MS = 10_000;
/** At most this many notices are shown; a new one pushes the oldest out. */
const MAX_NOTICES = 4;

export interface TextLoad {
  revision: number;
  sha256: string;
}

export interface UiState {
  centre: CentreView;
  /** The article shown in the editor; its text and claims are server state, read by this id. */
  openArticleId: number | null;
  /**
   * A new `revision` whenever the open article's text is replaced from outside the editor
   * (opening it, loading a new version), with the SHA-256 of the text to show: the editor loads
   * the article's text once it has that hash, and never because of its own edits.
   */
  textLoad: TextLoad;
  selectedClaimId: number | null;
  /** Set when a claim has just been marked: its inspector puts the cursor in Claimant once. */
  focusClaimant: boolean;
  /** On narrow windows the library covers the article while it is open. */
  libraryOpen: boolean;
  /** On narrow windows (and at high zoom) the claims pane is a drawer too. */
  claimsOpen: boolean;
  libraryQuery: string;
  /** A new article before it is created: closing its panel loses nothing. */
  articleDraft: ArticleDraft;
  notices: Notice[];
  saveState: SaveState;
  /**
   * The article text is locked (read-only) until the checker chooses "Edit text": stray keys
   * never become versions. Opening an article locks it again.
   */
  textEditing: boolean;
  /** The command palette or the shortcut sheet, drawn over the workbench. */
  overlay: Overlay | null;
}

export type Overlay = 'palette' | 'shortcuts';

const initialState: UiState = {
  centre: { kind: 'article' },
  openArticleId: null,
  textLoad: { revision: 0, sha256: '' },
  selectedClaimId: null,
  focusClaimant: false,
  libraryOpen: false,
  claimsOpen: false,
  libraryQuery: '',
  articleDraft: emptyDraft,
  notices: [],
  saveState: { kind: 'saved', at: null },
  textEditing: false,
  overlay: null,
};

/**
 * The renderer's UI state: what is shown and selected, notices and the save state. Server data
 * is not kept here (see the query cache), nor the article text being edited (see the editor).
 * Actions are plain functions, so menu items, keyboard commands and components share them.
 */
export function createUiStore() {
  const store = createStore<UiState>(() => initialState);
  const set = store.setState;
  let noticeIds = 0;
  let writesInFlight = 0;

  const actions = {
    showPanel(panel: PanelName) {
      set({ centre: { kind: 'panel', panel }, libraryOpen: false });
    },
    showImport(flow: Exclude<ImportState, { step: 'closed' }>) {
      set({ centre: { kind: 'import', flow }, libraryOpen: false });
    },
    /**
     * Shows an imported fact check in the centre pane; choosing a claim or an article goes back
     * to the article.
     */
    openFactCheck(id: number) {
      set({ centre: { kind: 'factcheck', id }, libraryOpen: false });
    },
    /** Back to the article (or the empty state). */
    closeCentre() {
      set({ centre: { kind: 'article' } });
    },
    /** The article, whose text has this SHA-256, is shown from now on; nothing is selected. */
    articleOpened(id: number, sha256: string) {
      set((state) => ({
        centre: state.centre.kind === 'factcheck' ? { kind: 'article' } : state.centre,
        openArticleId: id,
        textLoad: { revision: state.textLoad.revision + 1, sha256 },
        selectedClaimId: null,
        focusClaimant: false,
        textEditing: false,
      }));
    },
    articleClosed() {
      set({ openArticleId: null, selectedClaimId: null, focusClaimant: false, textEditing: false });
    },
    /** The open article's text was replaced; the new one has this SHA-256. */
    textReplaced(sha256: string) {
      set((state) => ({ textLoad: { revision: state.textLoad.revision + 1, sha256 } }));
    },
    selectClaim(id: number | null) {
      set((state) => ({
        selectedClaimId: id,
        focusClaimant: false,
        centre:
          state.centre.kind === 'factcheck' && id !== null ? { kind: 'article' } : state.centre,
      }));
    },
    /** A claim was just marked: select it and send the cursor to its claimant. */
    claimMarked(id: number) {
      set({ selectedClaimId: id, focusClaimant: true });
    },
    claimantFocused() {
      set({ focusClaimant: false });
    },
    setTextEditing(editing: boolean) {
      set({ textEditing: editing });
    },
    setOverlay(overlay: Overlay | null) {
      set({ overlay });
    },
    setLibraryOpen(open: boolean) {
      set(open ? { libraryOpen: true, claimsOpen: false } : { libraryOpen: false });
    },
    setClaimsOpen(open: boolean) {
      set(open ? { claimsOpen: true, libraryOpen: false } : { claimsOpen: false });
    },
    setLibraryQuery(query: string) {
      set({ libraryQuery: query });
    },
    setArticleDraft(draft: ArticleDraft) {
      set({ articleDraft: draft });
    },
    /**
     * Shows a notice. One with an action (Undo) stays until the checker dismisses or uses it: a
     * deleted claim must not become impossible to bring back because the checker looked away.
     * The rest go after NOTICE_MS. Over MAX_NOTICES, the oldest without an action goes first.
     */
    notify(notice: Omit<Notice, 'id'>): number {
      const id = ++noticeIds;
      set((state) => {
        const notices = [...state.notices, { ...notice, id }];
        while (notices.length > MAX_NOTICES) {
          const plain = notices.findIndex((shown) => !shown.action);
          notices.splice(plain >= 0 ? plain : 0, 1);
        }
        return { notices };
      });
      if (!notice.action) setTimeout(() => actions.dismissNotice(id), NOTICE_MS);
      return id;
    },
    dismissNotice(id: number) {
      set((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
    },
    /** A write has started: the status bar says "Saving…" until every write has settled. */
    writeStarted() {
      writesInFlight++;
      set({ saveState: { kind: 'saving' } });
    },
    /** A write ended; `failure` is what the status bar says when it failed. */
    writeSettled(failure?: string) {
      writesInFlight = Math.max(0, writesInFlight - 1);
      if (failure !== undefined) set({ saveState: { kind: 'error', message: failure } });
      else if (writesInFlight === 0) set({ saveState: { kind: 'saved', at: new Date() } });
    },
    /** A write failed where the checker can see why (next to its form); nothing was lost. */
    writeRefused() {
      writesInFlight = Math.max(0, writesInFlight - 1);
      if (writesInFlight === 0)
        set((state) =>
          state.saveState.kind === 'saving' ? { saveState: { kind: 'saved', at: null } } : state,
        );
    },
  };
  return { store, actions };
}

const ui = createUiStore();

/** The app's one UI store. */
export const uiStore = ui.store;
/** The app's UI actions. */
export const uiActions = ui.actions;

/** Reads from the UI store; the component re-renders only when the selected value changes. */
export function useUi<T>(select: (state: UiState) => T): T {
  return useStore(uiStore, select);
}
