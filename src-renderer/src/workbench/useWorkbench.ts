import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Article,
  ArticleSummary,
  Claim,
  Preferences,
  RatingScale,
} from '../../../src-main/core/model';
import type {
  AppInfo,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../../src-main/contract/methods';
import { ApiError, call } from '../api/client';
import type { LiveSpan } from '../../../src-main/core/anchoring/index';
import { AUTOSAVE_DELAY_MS } from '../ui/useAutosaveField';
import { errorMessage } from '../../../src-main/core/errorMessage';

/** How long an edit that could not be saved waits before it is tried again. */
const TEXT_RETRY_MS = 5000;

export type SaveState =
  { kind: 'saved'; at: Date | null } | { kind: 'saving' } | { kind: 'error'; message: string };

/** How a write reports failure: through the status bar and a notice, or only to its caller. */
interface SaveOptions {
  /** The caller shows the error next to the form that caused it; nothing was lost. */
  inlineErrors?: boolean;
}

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void>;
}

/** The fields of a stored record that a patch changed. */
function pickKeys<T extends object>(record: T, patch: object): Partial<T> {
  return Object.fromEntries(
    Object.keys(patch).map((key) => [key, record[key as keyof T]]),
  ) as Partial<T>;
}

/** All workbench state and the actions on it; every change is saved as soon as it is made. */
export function useWorkbench() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [article, setArticle] = useState<Article | null>(null);
  const [claims, setClaims] = useState<Claim[]>([]);
  const [selectedClaimId, setSelectedClaimId] = useState<number | null>(null);
  const [scales, setScales] = useState<RatingScale[]>([]);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [query, setQuery] = useState('');
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  /**
   * Bumped whenever the text is replaced from outside the editor (opening an article, loading a
   * version); the editor's own edits never bump it, so it never reloads text under the cursor.
   */
  const [textRevision, setTextRevision] = useState(0);
  const noticeIds = useRef(0);
  /** In-app text edits waiting to be saved, and the hash of the text the server holds. */
  const textSave = useRef<{
    timer?: number;
    running: boolean;
    pending: { articleId: number; text: string; spans: LiveSpan[] } | null;
    /** Per article, so switching articles mid-save never sends the wrong base. */
    savedSha: Map<number, string>;
    flushNow?: () => void;
  }>({ running: false, pending: null, savedSha: new Map() });

  useEffect(() => {
    const leaving = () => textSave.current.flushNow?.();
    window.addEventListener('pagehide', leaving);
    return () => window.removeEventListener('pagehide', leaving);
  }, []);
  const pending = useRef(0);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = ++noticeIds.current;
    setNotices((list) => [...list.slice(-3), { ...notice, id }]);
    window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), 10_000);
  }, []);

  const dismissNotice = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);

  /** Wraps a write so the status bar says what is happening and errors are never silent. */
  const save = useCallback(
    async <M extends MethodName>(
      method: M,
      input: MethodInput<M>,
      options: SaveOptions = {},
    ): Promise<MethodOutput<M>> => {
      pending.current++;
      setSaveState({ kind: 'saving' });
      try {
        const value = await call(method, input);
        pending.current--;
        if (pending.current === 0) setSaveState({ kind: 'saved', at: new Date() });
        return value;
      } catch (error) {
        pending.current--;
        if (options.inlineErrors) {
          if (pending.current === 0)
            setSaveState((state) =>
              state.kind === 'saving' ? { kind: 'saved', at: null } : state,
            );
          throw error;
        }
        const message = errorMessage(error);
        setSaveState({ kind: 'error', message });
        notify({ message: `Not saved: ${message}`, tone: 'error' });
        throw error;
      }
    },
    [notify],
  );

  const refreshArticles = useCallback(async () => {
    setArticles(await call('articles.list', { query: query || undefined }));
  }, [query]);

  // Claims change the library's counts; a newer search must never be overwritten by an older one.
  useEffect(() => {
    let current = true;
    call('articles.list', { query: query || undefined })
      .then((list) => {
        if (current) setArticles(list);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [query, claims]);

  const replaceClaim = useCallback((claim: Claim) => {
    setClaims((list) =>
      list
        .map((c) => (c.id === claim.id ? claim : c))
        .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id),
    );
  }, []);

  const openedArticleId = useRef<number | null>(null);
  /** Opening the article already open does nothing: it must not reload text being typed. */
  const openArticle = useCallback(async (id: number) => {
    if (openedArticleId.current === id) return;
    openedArticleId.current = id;
    let loaded: Article;
    let loadedClaims: Claim[];
    try {
      [loaded, loadedClaims] = await Promise.all([
        call('articles.get', { id }),
        call('claims.list', { articleId: id }),
      ]);
    } catch (error) {
      if (openedArticleId.current === id) openedArticleId.current = null;
      throw error;
    }
    if (openedArticleId.current !== id) return;
    textSave.current.savedSha.set(loaded.id, loaded.sha256);
    setArticle(loaded);
    setTextRevision((n) => n + 1);
    setClaims(loadedClaims);
    setSelectedClaimId(null);
  }, []);

  useEffect(() => {
    void (async () => {
      const [info, loadedScales, prefs] = await Promise.all([
        call('app.info', {}),
        call('scales.list', {}),
        call('preferences.get', {}),
      ]);
      setAppInfo(info);
      setScales(loadedScales);
      setPreferences(prefs);
      if (info.firstArticleId !== null) await openArticle(info.firstArticleId);
    })().catch((error: unknown) =>
      notify({ message: `Could not load: ${errorMessage(error)}`, tone: 'error' }),
    );
  }, [openArticle, notify]);

  const activeScale = useMemo(
    () => scales.find((s) => s.id === preferences?.defaultScaleId) ?? scales[0] ?? null,
    [scales, preferences],
  );

  const actions = {
    openArticle,
    /** Opens a claim in place: its article, with the claim selected and scrolled into view. */
    async openClaim(articleId: number, claimId: number) {
      await openArticle(articleId);
      setSelectedClaimId(claimId);
    },
    notify,
    dismissNotice,
    setQuery,
    selectClaim: setSelectedClaimId,
    async createArticle(input: MethodInput<'articles.create'>) {
      const created = await save('articles.create', input, { inlineErrors: true });
      await openArticle(created.id);
      await refreshArticles();
      return created;
    },
    /** Extracts a file's text and metadata for the import preview; nothing is saved. */
    previewImport(input: MethodInput<'articles.preview'>) {
      return call('articles.preview', input);
    },
    async importArticle(input: MethodInput<'articles.import'>) {
      const { article: created, warnings } = await save('articles.import', input);
      for (const warning of warnings) notify({ message: warning, tone: 'info' });
      await openArticle(created.id);
      return created;
    },
    /** As with preferences, fields typed in quick succession must not undo each other. */
    async updateArticle(patch: MethodInput<'articles.update'>['patch']) {
      if (!article) return;
      const stored = await save('articles.update', { id: article.id, patch });
      setArticle((current) =>
        current?.id === stored.id
          ? { ...current, ...pickKeys(stored, patch), updatedAt: stored.updatedAt }
          : current,
      );
      await refreshArticles();
    },
    async deleteArticle(id: number, title: string) {
      await save('articles.delete', { id });
      if (article?.id === id) {
        openedArticleId.current = null;
        setArticle(null);
        setClaims([]);
      }
      await refreshArticles();
      notify({
        message: `Deleted “${title}”.`,
        tone: 'info',
        undo: async () => {
          await save('articles.restore', { id });
          await refreshArticles();
          await openArticle(id);
        },
      });
    },
    async markClaim(start: number, end: number) {
      if (!article) return null;
      const claim = await save('claims.create', { articleId: article.id, start, end });
      setClaims((list) =>
        [...list, claim].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id),
      );
      setSelectedClaimId(claim.id);
      return claim;
    },
    async updateClaim(id: number, patch: MethodInput<'claims.update'>['patch']) {
      replaceClaim(await save('claims.update', { id, patch }));
    },
    async setVerdict(claimId: number, ratingKey: string | null, conclusion: string) {
      replaceClaim(await save('verdicts.set', { claimId, ratingKey, conclusion }));
    },
    async deleteClaim(id: number) {
      const claim = claims.find((c) => c.id === id);
      await save('claims.delete', { id });
      setClaims((list) => list.filter((c) => c.id !== id));
      setSelectedClaimId((current) => (current === id ? null : current));
      notify({
        message: `Deleted claim “${claim?.exact.slice(0, 40) ?? id}”.`,
        tone: 'info',
        undo: async () => {
          const restored = await save('claims.restore', { id });
          setClaims((list) =>
            [...list, restored].sort((a, b) => a.start - b.start || b.end - a.end),
          );
          setSelectedClaimId(id);
        },
      });
    },
    async run<M extends MethodName>(method: M, input: MethodInput<M>) {
      return save(method, input);
    },
    /**
     * The checker edited the text: the editor has already mapped every claim through the edit.
     * Both are shown at once and saved together, AUTOSAVE_DELAY_MS after the last keystroke.
     */
    applyTextEdit(text: string, spans: LiveSpan[]) {
      if (!article) return;
      const byId = new Map(spans.map((span) => [span.id, span]));
      setArticle((current) => (current ? { ...current, text } : current));
      setClaims((list) =>
        list.map((claim) => {
          const span = byId.get(claim.id);
          return span
            ? {
                ...claim,
                start: span.start,
                end: span.end,
                exact: span.exact,
                anchorState: span.anchorState,
              }
            : claim;
        }),
      );
      const state = textSave.current;
      state.pending = { articleId: article.id, text, spans };
      window.clearTimeout(state.timer);
      const flush = async (): Promise<void> => {
        if (state.running || !state.pending) return;
        const { articleId, text: pendingText, spans: pendingSpans } = state.pending;
        let retryLater = false;
        state.pending = null;
        state.running = true;
        try {
          const saved = await save('articles.saveText', {
            id: articleId,
            baseSha256: state.savedSha.get(articleId) ?? '',
            text: pendingText,
            spans: pendingSpans.map(({ id, start, end, anchorState }) => ({
              id,
              start,
              end,
              anchorState,
            })),
          });
          state.savedSha.set(articleId, saved.article.sha256);
          if (!state.pending) {
            setArticle((current) => (current?.id === articleId ? saved.article : current));
            setClaims(saved.claims);
          }
        } catch (error) {
          // The status bar and a notice say it was not saved; the text stays on screen and is
          // tried again (a full disk may be cleared), unless the text changed elsewhere.
          const conflict = error instanceof ApiError && error.payload.code === 'conflict';
          if (!conflict && !state.pending) {
            retryLater = true;
            state.pending = { articleId, text: pendingText, spans: pendingSpans };
            window.clearTimeout(state.timer);
            state.timer = window.setTimeout(() => void flush(), TEXT_RETRY_MS);
          }
        } finally {
          state.running = false;
          if (state.pending && !retryLater) void flush();
        }
      };
      state.timer = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      state.flushNow = () => {
        window.clearTimeout(state.timer);
        void flush();
      };
    },
    /** Opening an exercise may install its scale and make it the default, so reload those too. */
    async exerciseStarted(articleId: number) {
      setScales(await call('scales.list', {}));
      setPreferences(await call('preferences.get', {}));
      await refreshArticles();
      await openArticle(articleId);
    },
    async loadVersion(text: string) {
      if (!article) return null;
      const loaded = await save('articles.loadVersion', { id: article.id, text });
      textSave.current.savedSha.set(loaded.article.id, loaded.article.sha256);
      setArticle(loaded.article);
      setClaims(loaded.claims);
      setTextRevision((n) => n + 1);
      return loaded.counts;
    },
    async importAnnotations(json: string) {
      if (!article) return null;
      const imported = await save('annotations.import', { articleId: article.id, json });
      setClaims(await call('claims.list', { articleId: article.id }));
      return imported.counts;
    },
    replaceClaim,
    async reloadClaims() {
      if (article) setClaims(await call('claims.list', { articleId: article.id }));
    },
    /**
     * Shown at once, so a radio or select never jumps back while the save is on its way. Only the
     * patched fields are taken from the answer: an earlier answer must not undo a later change.
     */
    async setPreferences(patch: MethodInput<'preferences.set'>['patch']) {
      const before = preferences;
      setPreferences((current) => (current ? { ...current, ...patch } : current));
      try {
        const stored = await save('preferences.set', { patch });
        setPreferences((current) => ({ ...(current ?? stored), ...pickKeys(stored, patch) }));
      } catch (error) {
        setPreferences(before);
        throw error;
      }
    },
    async reloadScales() {
      setScales(await call('scales.list', {}));
    },
    async saveScale(scale: MethodInput<'scales.save'>['scale']) {
      const saved = await save('scales.save', { scale }, { inlineErrors: true });
      setScales(await call('scales.list', {}));
      return saved;
    },
    async deleteScale(id: string) {
      await save('scales.delete', { id }, { inlineErrors: true });
      setScales(await call('scales.list', {}));
    },
  };

  return {
    textRevision,
    articles,
    article,
    claims,
    selectedClaimId,
    scales,
    activeScale,
    preferences,
    saveState,
    notices,
    query,
    appInfo,
    actions,
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
export { ApiError };
