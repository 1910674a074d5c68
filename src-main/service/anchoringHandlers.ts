import type { Handlers } from '../contract/methods';
import type { anchoringMethods } from '../contract/anchoringMethods';
import type { WorkbenchContext } from './WorkbenchContext';

export function anchoringHandlers(
  _ctx: WorkbenchContext,
): Pick<Handlers, keyof typeof anchoringMethods> {
  return {};
}
