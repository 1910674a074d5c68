import type { Result } from './errors';

export const IPC_INVOKE_CHANNEL = 'factdesk:invoke';
export const IPC_EVENT_PREFIX = 'factdesk:event:';

export const menuCommands = [
  'article.new',
  'article.open',
  'article.loadVersion',
  'annotations.import',
  'training.open',
  'training.openExercise',
  'report.export',
  'claim.mark',
  'search.open',
  'factchecks.import',
  'preferences.open',
  'help.about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export interface PushEvents {
  menu: { command: MenuCommand };
}
export type PushEventName = keyof PushEvents;

/** What the preload exposes as window.factdesk: a generic invoke/on bridge and nothing else. */
export interface FactdeskBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
}
