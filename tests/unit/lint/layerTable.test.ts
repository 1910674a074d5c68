import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const stamp = `${process.pid}${Date.now()}`;

/** Probe files placed inside the tree, where the real config and tsconfig projects apply. */
const probes = {
  core: {
    path: join(root, `src-main/core/lintProbe${stamp}.ts`),
    code: [
      "import { z } from 'zod';",
      "import { readFileSync } from 'node:fs';",
      "import yauzl from 'yauzl';",
      "import { openStore } from '../store/openStore';",
      "import { Id } from './model';",
      'export const used = [z, readFileSync, yauzl, openStore, Id];',
      "export function label(kind: 'a' | 'b'): string {",
      '  switch (kind) {',
      "    case 'a':",
      "      return 'A';",
      '  }',
      "  return '';",
      '}',
      'async function later(): Promise<void> {}',
      'export function forget(): void {',
      '  later();',
      '}',
      '',
    ].join('\n'),
  },
  renderer: {
    path: join(root, `src-renderer/src/lintProbe${stamp}.ts`),
    code: [
      "import { createWorkbench } from '../../src-main/service/createWorkbench';",
      "import { limits } from '../../src-main/core/limits';",
      'export const used = [createWorkbench, limits];',
      '',
    ].join('\n'),
  },
};

type Messages = { ruleId: string | null; line: number; message: string }[];
const found: Record<keyof typeof probes, Messages> = { core: [], renderer: [] };

beforeAll(async () => {
  for (const probe of Object.values(probes)) writeFileSync(probe.path, probe.code);
  try {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(Object.values(probes).map((probe) => probe.path));
    for (const [name, probe] of Object.entries(probes) as [
      keyof typeof probes,
      { path: string },
    ][]) {
      const result = results.find((r) => relative(r.filePath, probe.path) === '');
      found[name] = (result?.messages ?? []).map(({ ruleId, line, message }) => ({
        ruleId,
        line,
        message,
      }));
    }
  } finally {
    for (const probe of Object.values(probes)) rmSync(probe.path, { force: true });
  }
}, 180_000);
afterAll(() => {
  for (const probe of Object.values(probes)) rmSync(probe.path, { force: true });
});

const onLine = (messages: Messages, line: number) => messages.filter((m) => m.line === line);

describe('the layer table in lint', () => {
  it('refuses an import that crosses the table: core → store, renderer → service', () => {
    expect(onLine(found.core, 4)).toEqual([
      expect.objectContaining({ ruleId: 'boundaries/dependencies' }),
    ]);
    expect(onLine(found.renderer, 1)).toEqual([
      expect.objectContaining({ ruleId: 'boundaries/dependencies' }),
    ]);
  });

  it('lets core use only its allowlisted packages and no Node built-in', () => {
    expect(onLine(found.core, 1)).toEqual([]);
    expect(onLine(found.core, 2)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('no Node built-ins') }),
    ]);
    expect(onLine(found.core, 3)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('may use only zod') }),
    ]);
    expect(onLine(found.core, 5)).toEqual([]);
    expect(onLine(found.renderer, 2)).toEqual([]);
  });

  it('runs the type-aware rules: a forgotten promise, a switch that misses a case', () => {
    expect(found.core.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining([
        '@typescript-eslint/no-floating-promises',
        '@typescript-eslint/switch-exhaustiveness-check',
      ]),
    );
  });
});
