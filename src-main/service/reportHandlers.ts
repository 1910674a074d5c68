import type { Handlers } from '../contract/methods';
import type { reportMethods } from '../contract/reportMethods';
import type { WorkbenchContext } from './WorkbenchContext';

export function reportHandlers(_ctx: WorkbenchContext): Pick<Handlers, keyof typeof reportMethods> {
  return {};
}
