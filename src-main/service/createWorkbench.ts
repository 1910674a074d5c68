import type { Handlers } from '../contract/methods';
import { UNNAMED_CHECKER } from '../core/model';
import type { WorkbenchContext, WorkbenchDeps } from './WorkbenchContext';
import { articleHandlers } from './articleHandlers';
import { auditedEntities } from './auditedEntities';
import type { AuditWriter } from './mutation';
import { createMutation } from './mutation';
import { createArchiveStore } from './archiveStore';
import { claimHandlers } from './claimHandlers';
import { preferenceHandlers, readPreferences } from './preferenceHandlers';
import { scaleHandlers } from './scaleHandlers';
import { sourceHandlers } from './sourceHandlers';
import { verdictHandlers } from './verdictHandlers';
import { undoClaimFieldHandlers } from './undoClaimField';
import { anchoringHandlers } from './anchoringHandlers';
import { reportHandlers } from './reportHandlers';
import { trainingHandlers } from './trainingHandlers';
import { trustHandlers } from './trustHandlers';
import { searchHandlers } from './searchHandlers';
import { factCheckHandlers } from './factCheckHandlers';
import { readFactCheckFeed } from './readFactCheckFeed';

/** The service: every contract method implemented over the store, the same in every shell. */
export function createWorkbench(deps: WorkbenchDeps): Handlers {
  const clock = deps.clock ?? (() => new Date());
  const actor = () => readPreferences(deps.store).checkerName || UNNAMED_CHECKER;
  const audit: AuditWriter = (entity, entityId, action, before, after) => {
    deps.store.audit.record({
      at: clock().toISOString(),
      actor: actor(),
      entity,
      entityId,
      action,
      before,
      after,
    });
  };
  const ctx: WorkbenchContext = {
    ...deps,
    readFactCheckFeed: deps.readFactCheckFeed ?? readFactCheckFeed,
    now: () => clock().toISOString(),
    today: () => clock().toISOString().slice(0, 10),
    preferences: () => readPreferences(deps.store),
    actor,
    audit,
    mutation: createMutation(deps.store, audit),
    entities: auditedEntities(deps.store),
  };
  const archives = createArchiveStore(deps.dataDir);
  return {
    'app.info': () => ({
      version: deps.appVersion,
      dataDir: deps.dataDir,
      dbPath: deps.dbPath,
      shell: deps.shell,
      firstArticleId: deps.store.articles.mostRecentId(),
    }),
    'app.dataVersion': () => ({ version: deps.store.dataVersion() }),
    ...articleHandlers(ctx),
    ...claimHandlers(ctx),
    ...verdictHandlers(ctx),
    ...undoClaimFieldHandlers(ctx),
    ...scaleHandlers(ctx),
    ...sourceHandlers(ctx, archives),
    ...preferenceHandlers(ctx, archives),
    ...anchoringHandlers(ctx),
    ...reportHandlers(ctx),
    ...trustHandlers(ctx),
    ...trainingHandlers(ctx),
    ...searchHandlers(ctx),
    ...factCheckHandlers(ctx),
  };
}
