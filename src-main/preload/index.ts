import { contextBridge, ipcRenderer } from 'electron';
import type { FactdeskBridge, PushEventName, PushEvents } from '../contract/bridge';
import { IPC_EVENT_PREFIX, IPC_INVOKE_CHANNEL } from '../contract/bridge';

const pushEvents: readonly PushEventName[] = ['menu'];

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void) {
    if (!pushEvents.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const channel = `${IPC_EVENT_PREFIX}${event}`;
    const wrapped = (_event: unknown, payload: PushEvents[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
} satisfies FactdeskBridge;

contextBridge.exposeInMainWorld('factdesk', bridge);
