import type { Claim, ClaimOutline, Preferences, RatingScale } from '../../../src-main/core/model';
import { ratingCommandNumbers } from '../../../src-main/contract/commands';
import { needsReview } from '../../../src-main/core/needsReview';
import { contractKey } from '../api/contractKey';
import { contractQuery } from '../api/contractQuery';
import { readClaimOutlines } from '../api/readClaimOutlines';
import { queryClient } from '../api/queryClient';
import { markSelectedClaim, saveVerdict, undoClaimField } from '../workbench/claimActions';
import { editorBridge } from '../workbench/editorBridge';
import { focusClaimsPane } from '../workbench/focusClaimsPane';
import { setPreferences } from '../workbench/preferenceActions';
import type { PanelName } from '../workbench/uiStore';
import { uiActions, uiStore } from '../workbench/uiStore';
import type { CommandBehaviour, CommandHandlers } from './commandRegistry';

/** What only the app shell can do. */
export interface ShellActions {
  openFile(): void;
}

const always = () => true;
const articleOpen = () => uiStore.getState().openArticleId !== null;
const claimSelected = () => articleOpen() && uiStore.getState().selectedClaimId !== null;

function outlines(): ClaimOutline[] {
  const articleId = uiStore.getState().openArticleId;
  if (articleId === null) return [];
  return (
    queryClient.getQueryData<ClaimOutline[]>(contractKey('claims.outline', { articleId })) ?? []
  );
}

/** Whether the open article's claim outlines have been read (it opens on their places). */
function outlinesState(): 'read' | 'reading' | 'failed' {
  const articleId = uiStore.getState().openArticleId;
  if (articleId === null) return 'read';
  const state = queryClient.getQueryState(contractKey('claims.outline', { articleId }));
  if (state?.data !== undefined) return 'read';
  return state?.status === 'error' ? 'failed' : 'reading';
}

/** Unlocks the open article's text once its claim outlines have been read, if it is still open. */
async function unlockOnceRead(): Promise<void> {
  const articleId = uiStore.getState().openArticleId;
  if (articleId === null) return;
  try {
    await readClaimOutlines(articleId);
  } catch {
    // The claims pane says why the claims could not be read; the text stays locked.
    return;
  }
  if (uiStore.getState().openArticleId !== articleId || uiStore.getState().textEditing) return;
  uiActions.closeCentre();
  uiActions.setTextEditing(true);
  editorBridge.current()?.focus();
}

function activeScale(): RatingScale | null {
  const scales = queryClient.getQueryData<RatingScale[]>(contractKey('scales.list', {})) ?? [];
  const preferences = queryClient.getQueryData<Preferences>(contractKey('preferences.get', {}));
  return scales.find((s) => s.id === preferences?.defaultScaleId) ?? scales[0] ?? null;
}

async function selectedClaim(): Promise<Claim | null> {
  const id = uiStore.getState().selectedClaimId;
  if (id === null) return null;
  return queryClient.fetchQuery(contractQuery('claims.get', { id }));
}

/** Shows the article (closing any panel) and selects the claim, which the editor reveals. */
function selectClaim(id: number) {
  uiActions.closeCentre();
  uiActions.selectClaim(id);
}

/** The claim after (or before) the selected one in text order, among those that `fits`. */
function step(direction: 1 | -1, fits: (claim: ClaimOutline) => boolean = always) {
  const claims = outlines();
  const candidates = claims.filter(fits);
  if (candidates.length === 0) {
    if (fits !== always) uiActions.notify({ message: 'No claim needs review.', tone: 'info' });
    return;
  }
  const selected = uiStore.getState().selectedClaimId;
  const at = claims.findIndex((c) => c.id === selected);
  const ordered = direction === 1 ? claims : [...claims].reverse();
  const from = at < 0 ? -1 : direction === 1 ? at : claims.length - 1 - at;
  const next =
    ordered.slice(from + 1).find(fits) ?? ordered.slice(0, from + 1).find(fits) ?? candidates[0];
  if (next) selectClaim(next.id);
}

function rate(index: number): CommandBehaviour {
  const rating = () => activeScale()?.ratings[index];
  return {
    enabled: () => claimSelected() && rating() !== undefined,
    available: () => rating() !== undefined,
    label: () => {
      const found = rating();
      return found ? `Rate: ${found.label}` : `Rate: rating ${index + 1} of the scale`;
    },
    async run() {
      const claim = await selectedClaim();
      const found = rating();
      const scale = activeScale();
      if (!claim || !found || !scale) return;
      const onScale = claim.verdict?.scaleId === scale.id;
      await saveVerdict(claim, {
        scaleId: scale.id,
        ratingKey: found.key,
        conclusion: onScale ? (claim.verdict?.conclusion ?? '') : '',
        checkedBy: claim.verdict?.checkedBy ?? '',
        checkedAt: new Date().toISOString(),
        articleVersion: claim.verdict?.articleVersion ?? claim.anchoredVersion,
      });
    },
  };
}

const panel = (name: PanelName, needsArticle = true): CommandBehaviour => ({
  enabled: needsArticle ? articleOpen : always,
  run: () => uiActions.showPanel(name),
});

/**
 * What each declared command does and when it can run. A record over every command id, so a
 * command declared in commands.ts without behaviour here fails the type check.
 */
export function commandHandlers(shell: ShellActions): CommandHandlers {
  const ratings = Object.fromEntries(
    ratingCommandNumbers.map((n) => [`verdict.rate${n}`, rate(n - 1)]),
  ) as Record<`verdict.rate${(typeof ratingCommandNumbers)[number]}`, CommandBehaviour>;
  return {
    'article.new': panel('new', false),
    'article.open': { enabled: always, run: shell.openFile },
    'article.loadVersion': panel('loadVersion'),
    'annotations.import': panel('annotations'),
    'factchecks.import': panel('factchecks', false),
    'training.openExercise': panel('exercise', false),
    'training.open': panel('training'),
    'report.export': panel('export'),
    'preferences.open': panel('preferences', false),
    'help.about': panel('about', false),
    'text.edit': {
      enabled: () => articleOpen() && !uiStore.getState().textEditing,
      run() {
        // Every save names every claim where the editor shows it, so edits wait for the list.
        const outlines = outlinesState();
        if (outlines !== 'read') {
          uiActions.notify(
            outlines === 'failed'
              ? {
                  message:
                    'The claims could not be read, so the text cannot be edited: every save names every claim. Try again from the claims pane.',
                  tone: 'error',
                }
              : {
                  message: 'The claims are still being read; the text unlocks as soon as they are.',
                  tone: 'info',
                },
          );
          if (outlines === 'reading') void unlockOnceRead();
          return;
        }
        uiActions.closeCentre();
        uiActions.setTextEditing(true);
        editorBridge.current()?.focus();
      },
    },
    'text.done': {
      enabled: () => articleOpen() && uiStore.getState().textEditing,
      run: () => uiActions.setTextEditing(false),
    },
    'library.search': {
      enabled: always,
      run() {
        uiActions.setLibraryOpen(true);
        document.querySelector<HTMLInputElement>('#library-pane input[type="search"]')?.focus();
      },
    },
    'search.open': {
      enabled: always,
      run() {
        uiActions.showPanel('search');
        // Pressed again while the panel is open: back to its search box.
        document.querySelector<HTMLInputElement>('.search-panel input[type="search"]')?.focus();
      },
    },
    'claim.mark': { enabled: articleOpen, run: () => void markSelectedClaim() },
    'claim.next': { enabled: () => outlines().length > 0, run: () => step(1) },
    'claim.previous': { enabled: () => outlines().length > 0, run: () => step(-1) },
    'claim.nextReview': { enabled: articleOpen, run: () => step(1, needsReview) },
    ...ratings,
    'verdict.clear': {
      enabled: claimSelected,
      async run() {
        const claim = await selectedClaim();
        if (!claim?.verdict) return;
        if (claim.verdict.conclusion.trim() === '') await saveVerdict(claim, null);
        else await saveVerdict(claim, { ...claim.verdict, ratingKey: null });
      },
    },
    'claim.undoField': {
      enabled: claimSelected,
      async run() {
        const id = uiStore.getState().selectedClaimId;
        if (id !== null) await undoClaimField(id);
      },
    },
    'claims.focus': { enabled: always, run: focusClaimsPane },
    'theme.toggle': {
      enabled: always,
      async run() {
        const preferences = queryClient.getQueryData<Preferences>(
          contractKey('preferences.get', {}),
        );
        await setPreferences({ theme: preferences?.theme === 'dark' ? 'light' : 'dark' }).catch(
          () => undefined,
        );
      },
    },
    'palette.open': { enabled: always, run: () => uiActions.setOverlay('palette') },
    'shortcuts.open': { enabled: always, run: () => uiActions.setOverlay('shortcuts') },
  };
}
