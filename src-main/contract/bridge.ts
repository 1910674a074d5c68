import type { CommandId } from './commands';
import type { Result } from './errors';

export const IPC_INVOKE_CHANNEL = 'factdesk:invoke';
export const IPC_EVENT_PREFIX = 'factdesk:event:';

/** Commands the desktop menu sends to the renderer; see commands.ts. */
export type MenuCommand = CommandId;

export interface PushEvents {
  menu: { command: MenuCommand };
}
export type PushEventName = keyof PushEvents;

/** What the preload exposes as window.factdesk: a generic invoke/on bridge and nothing else. */
export interface FactdeskBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
}
