import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandDeclarations, shortcutLabel } from '../../../src-main/contract/commands';
import { keyboardReference } from '../../../src-main/contract/keyboardReference';

const docPath = join(import.meta.dirname, '../../../docs/keyboard.md');

describe('docs/keyboard.md', () => {
  it('is what the command declarations generate (run `npm run docs:keyboard` after changing them)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(keyboardReference());
  });

  it('lists every command with its shortcut', () => {
    const doc = readFileSync(docPath, 'utf8');
    for (const command of commandDeclarations) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${command.label} |`));
      expect(row, command.id).toBeDefined();
      if ('shortcut' in command) expect(row).toContain(shortcutLabel(command.shortcut));
    }
  });
});

describe('command declarations', () => {
  it('have unique ids, and no two commands share a key unless one is enabled only when the other is not', () => {
    const ids = commandDeclarations.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byKey = new Map<string, string[]>();
    for (const command of commandDeclarations) {
      if (!('shortcut' in command)) continue;
      byKey.set(command.shortcut, [...(byKey.get(command.shortcut) ?? []), command.id]);
    }
    const shared = [...byKey.values()].filter((list) => list.length > 1);
    expect(shared).toEqual([['text.edit', 'text.done']]);
  });
});
