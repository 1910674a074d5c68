import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

describe('dispatch', () => {
  it('answers invalid input with a structured error naming the field, and writes nothing', async () => {
    const result = await wb.dispatch('articles.create', { text: 42, meta: { title: 'x' } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'text' }] },
    });
    const nested = await wb.dispatch('claims.update', { id: 1, patch: { status: 'finished' } });
    expect(nested).toMatchObject({ ok: false, error: { issues: [{ path: 'patch.status' }] } });
    const extra = await wb.dispatch('articles.list', { query: 'a', drop: 'tables' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(wb.store.articles.list()).toEqual([]);
    expect(wb.store.audit.forEntity('article', 1)).toEqual([]);
  });

  it('returns values for valid calls and errors as data, never throwing', async () => {
    const created = await wb.dispatch('articles.create', { text: 'Hello world' });
    expect(created).toMatchObject({ ok: true, value: { text: 'Hello world' } });
    expect(await wb.dispatch('articles.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await wb.dispatch('no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await wb.dispatch('articles.list', null)).toMatchObject({ ok: true });
  });
});
