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
  const noticeIds = useRef(0);
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
        const message = error instanceof Error ? error.message : String(error);
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

  const openArticle = useCallback(async (id: number) => {
    const [loaded, loadedClaims] = await Promise.all([
      call('articles.get', { id }),
      call('claims.list', { articleId: id }),
    ]);
    setArticle(loaded);
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
      notify({ message: `Could not load: ${(error as Error).message}`, tone: 'error' }),
    );
  }, [openArticle, notify]);

  const activeScale = useMemo(
    () => scales.find((s) => s.id === preferences?.defaultScaleId) ?? scales[0] ?? null,
    [scales, preferences],
  );

  const actions = {
    openArticle,
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
