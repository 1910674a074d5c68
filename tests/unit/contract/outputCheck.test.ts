import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src-main/contract/dispatch';
import type { Handlers } from '../../../src-main/contract/methods';
import { outputChecksWanted } from '../../../src-main/service/outputChecksWanted';
import { withStorageErrors } from '../../../src-main/service/withStorageErrors';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let claimId: number;
beforeEach(async () => {
  wb = openTempWorkbench();
  const article = await wb.handlers['articles.create']({
    text: 'The port handled 40 percent more.',
  });
  claimId = (await wb.handlers['claims.create']({ articleId: article.id, start: 17, end: 27 })).id;
});
afterEach(() => wb.dispose());

/** The service as it would be had a query left the assignee column out of its SELECT list. */
function withoutAssigneeColumn(service: Handlers): Handlers {
  return {
    ...service,
    'claims.get': async (input) => {
      const { assignee: _dropped, ...claim } = await service['claims.get'](input);
      return claim as Awaited<ReturnType<Handlers['claims.get']>>;
    },
  };
}

describe('output checks at the dispatcher', () => {
  it('turn a column missing from a query into an internal error naming the method and field', async () => {
    const dispatch = createDispatcher(withStorageErrors(withoutAssigneeColumn(wb.service)), {
      checkOutputs: true,
    });
    const result = await dispatch('claims.get', { id: claimId });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/^claims\.get returned a result .* assignee: /),
        issues: [{ path: 'assignee' }],
      },
    });
  });

  it('are what catches it: unchecked, the claim goes out without the field', async () => {
    const dispatch = createDispatcher(withoutAssigneeColumn(wb.service), { checkOutputs: false });
    const result = await dispatch('claims.get', { id: claimId });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).not.toHaveProperty('assignee');
  });

  it('pass every real result, and are on in every test run', async () => {
    expect(outputChecksWanted()).toBe(true);
    expect(await wb.dispatch('claims.get', { id: claimId })).toMatchObject({ ok: true });
    expect(await wb.dispatch('claims.history', { id: claimId })).toMatchObject({ ok: true });
  });

  it('are off in a packaged app unless asked for', () => {
    expect(outputChecksWanted({})).toBe(false);
    expect(outputChecksWanted({ NODE_ENV: 'production' })).toBe(false);
    expect(outputChecksWanted({ NODE_ENV: 'production', FACTDESK_CHECK_OUTPUTS: '1' })).toBe(true);
    expect(outputChecksWanted({ NODE_ENV: 'test', FACTDESK_CHECK_OUTPUTS: '0' })).toBe(false);
  });
});
