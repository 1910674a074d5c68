import { ipcMain } from 'electron';
import type { Dispatch } from '../contract/dispatch';
import { IPC_INVOKE_CHANNEL } from '../contract/bridge';
import { createIpcInvokeHandler } from './createIpcInvokeHandler';

export function registerIpc(dispatch: Dispatch, appOrigin: string): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, createIpcInvokeHandler(dispatch, appOrigin));
}
