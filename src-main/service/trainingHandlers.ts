import type { Handlers } from '../contract/methods';
import type { trainingMethods } from '../contract/trainingMethods';
import type { WorkbenchContext } from './WorkbenchContext';

export function trainingHandlers(
  _ctx: WorkbenchContext,
): Pick<Handlers, keyof typeof trainingMethods> {
  return {};
}
