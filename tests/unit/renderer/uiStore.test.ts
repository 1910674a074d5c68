import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_MS, createUiStore } from '../../../src-renderer/src/workbench/uiStore';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the UI store', () => {
  it('shows one thing in the centre pane: a panel and the import flow never both', () => {
    const { store, actions } = createUiStore();
    actions.setLibraryOpen(true);
    actions.showImport({ step: 'reading', fileName: 'report.pdf' });
    expect(store.getState()).toMatchObject({
      centre: { kind: 'import', flow: { step: 'reading' } },
      libraryOpen: false,
    });
    actions.showPanel('preferences');
    expect(store.getState().centre).toEqual({ kind: 'panel', panel: 'preferences' });
    actions.showImport({ step: 'choose' });
    expect(store.getState().centre).toEqual({ kind: 'import', flow: { step: 'choose' } });
    actions.closeCentre();
    expect(store.getState().centre).toEqual({ kind: 'article' });
  });

  it('shows an imported fact check until a claim or an article is chosen', () => {
    const { store, actions } = createUiStore();
    actions.articleOpened(1, 'sha-1');
    actions.selectClaim(4);
    actions.setLibraryOpen(true);
    actions.openFactCheck(9);
    expect(store.getState()).toMatchObject({
      centre: { kind: 'factcheck', id: 9 },
      libraryOpen: false,
      selectedClaimId: 4,
    });
    actions.selectClaim(4);
    expect(store.getState().centre).toEqual({ kind: 'article' });
    actions.openFactCheck(9);
    actions.articleOpened(2, 'sha-2');
    expect(store.getState().centre).toEqual({ kind: 'article' });
    // A panel stays open when the article behind it changes.
    actions.showPanel('search');
    actions.articleOpened(1, 'sha-1');
    expect(store.getState().centre).toEqual({ kind: 'panel', panel: 'search' });
  });

  it('opening an article clears the selection and asks the editor to load its text', () => {
    const { store, actions } = createUiStore();
    actions.articleOpened(1, 'sha-1');
    actions.claimMarked(4);
    expect(store.getState()).toMatchObject({ selectedClaimId: 4, focusClaimant: true });
    actions.articleOpened(2, 'sha-2');
    expect(store.getState()).toMatchObject({
      openArticleId: 2,
      selectedClaimId: null,
      focusClaimant: false,
      textLoad: { revision: 2, sha256: 'sha-2' },
    });
  });

  it('keeps the last four notices and dismisses each after ten seconds', () => {
    const { store, actions } = createUiStore();
    for (let n = 1; n <= 5; n++) actions.notify({ message: `notice ${n}`, tone: 'info' });
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'notice 2',
      'notice 3',
      'notice 4',
      'notice 5',
    ]);
    vi.advanceTimersByTime(NOTICE_MS);
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps a notice with an Undo until it is dismissed, and pushes plain ones out first', () => {
    const { store, actions } = createUiStore();
    const undo = { label: 'Undo', run: () => Promise.resolve() };
    actions.notify({ message: 'Deleted claim 1', tone: 'info', action: undo });
    for (let n = 1; n <= 4; n++) actions.notify({ message: `notice ${n}`, tone: 'info' });
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'Deleted claim 1',
      'notice 2',
      'notice 3',
      'notice 4',
    ]);
    vi.advanceTimersByTime(NOTICE_MS * 10);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['Deleted claim 1']);
    for (let n = 2; n <= 5; n++)
      actions.notify({ message: `Deleted claim ${n}`, tone: 'info', action: undo });
    // Only when every notice has an Undo does the oldest of them go.
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'Deleted claim 2',
      'Deleted claim 3',
      'Deleted claim 4',
      'Deleted claim 5',
    ]);
    const [first] = store.getState().notices;
    if (first) actions.dismissNotice(first.id);
    expect(store.getState().notices).toHaveLength(3);
  });

  it('says "Saving…" until every write has settled, and keeps a failure on show', () => {
    const { store, actions } = createUiStore();
    actions.writeStarted();
    actions.writeStarted();
    actions.writeSettled();
    expect(store.getState().saveState.kind).toBe('saving');
    actions.writeSettled();
    expect(store.getState().saveState.kind).toBe('saved');
    actions.writeStarted();
    actions.writeSettled('disk full');
    expect(store.getState().saveState).toEqual({ kind: 'error', message: 'disk full' });
    // A refusal shown next to its form does not say "Not saved" in the status bar.
    actions.writeStarted();
    actions.writeRefused();
    expect(store.getState().saveState).toEqual({ kind: 'saved', at: null });
  });
});
