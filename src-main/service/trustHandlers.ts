import type { Handlers } from '../contract/methods';
import type { trustMethods } from '../contract/trustMethods';
import type { WorkbenchContext } from './WorkbenchContext';

export function trustHandlers(_ctx: WorkbenchContext): Pick<Handlers, keyof typeof trustMethods> {
  return {};
}
