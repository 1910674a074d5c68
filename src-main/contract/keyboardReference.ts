import { commandDeclarations, commandMenus, shortcutLabel } from './commands';

const escape = (text: string) => text.replace(/\|/g, '\\|');

/**
 * docs/keyboard.md, generated from the command declarations by `npm run docs:keyboard`; a unit
 * test fails when the file and the declarations differ.
 */
export function keyboardReference(): string {
  const lines = [
    '# Keyboard',
    '',
    '<!-- Generated from src-main/contract/commands.ts by `npm run docs:keyboard`. Do not edit. -->',
    '',
    'Every command of the workbench is declared once, with its shortcut; the desktop menu, the',
    'buttons, the article editor, the command palette and the shortcut sheet are built from that',
    'list. In the app, press F1 (or `?` outside text fields) for this list, and Ctrl+Shift+P',
    '(⌘+Shift+P on macOS) to find any command by name.',
    '',
    '- **Tab** and **Shift+Tab** move between controls everywhere, the article text included: the',
    '  text has no use for indentation, so Tab never types into it.',
    '- The article text opens **locked**: keys pressed in it change nothing. Claims can still be',
    '  selected, marked and read. **Edit text** (F2) unlocks it; **Done editing** (F2) locks it',
    '  again. Every saved change of the text is a new version in the history.',
    '- **Escape** in the text moves the focus to the claims pane.',
    '- In the verdict’s rating group, a rating’s letter picks it and moves the cursor on to the',
    '  conclusion.',
    '',
    'Ctrl is ⌘ on macOS. In the browser (`npm run web`), the browser keeps Ctrl+N and Ctrl+O for',
    'itself: there the shortcut in brackets applies.',
    '',
  ];
  for (const menu of [...commandMenus, undefined]) {
    const commands = commandDeclarations.filter((c) => ('menu' in c ? c.menu : undefined) === menu);
    if (commands.length === 0) continue;
    lines.push(`## ${menu ?? 'Keyboard only'}`, '', '| Command | Shortcut | What it does |');
    lines.push('| --- | --- | --- |');
    for (const command of commands) {
      const keys =
        'shortcut' in command
          ? shortcutLabel(command.shortcut) +
            ('webShortcut' in command ? ` (${shortcutLabel(command.webShortcut)})` : '')
          : '—';
      lines.push(`| ${escape(command.label)} | ${escape(keys)} | ${escape(command.description)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
