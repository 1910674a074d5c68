/**
 * Every command of the workbench, declared once: its id, label and shortcut, and where the
 * desktop menu shows it. Pure data, so the Electron menu, the renderer's registry (which adds
 * when each command is enabled and what it does), the shortcut sheet and docs/keyboard.md are
 * all built from this one list.
 *
 * Shortcuts use Electron's accelerator syntax ("CmdOrCtrl+Shift+M": Ctrl on Windows and Linux,
 * Cmd on macOS). `webShortcut` replaces the shortcut in the browser host where the browser keeps
 * the key for itself (Ctrl+N, Ctrl+O).
 */
export interface CommandDeclaration {
  readonly id: string;
  readonly label: string;
  /** What the command does, in one sentence, for the shortcut sheet and docs/keyboard.md. */
  readonly description: string;
  readonly shortcut?: string;
  readonly webShortcut?: string;
  /** The desktop menu it is listed in; commands without one are reached by keyboard or palette. */
  readonly menu?: CommandMenu;
  /** Also a keybinding inside the article editor (which otherwise keeps keys for itself). */
  readonly inEditor?: boolean;
  /** The shortcut works only inside the article editor (Escape elsewhere closes panels). */
  readonly editorOnly?: boolean;
}

export type CommandMenu = 'File' | 'Edit' | 'View' | 'Claim' | 'Help';
export const commandMenus: readonly CommandMenu[] = ['File', 'Edit', 'View', 'Claim', 'Help'];

/** The "Rate: nth rating" commands; a scale's further ratings are picked by their letters. */
export const ratingCommandNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

const ratingCommands = ratingCommandNumbers.map((n) => ({
  id: `verdict.rate${n}` as const,
  label: `Rate: rating ${n} of the scale`,
  description: `Gives the selected claim the ${ordinal(n)} rating of the active scale.`,
  shortcut: `Alt+${n}`,
  menu: 'Claim' as const,
  inEditor: true,
}));

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][
    n - 1
  ] as string;
}

export const commandDeclarations = [
  {
    id: 'article.new',
    label: 'New article',
    description: 'Opens the form for a new article typed or pasted in.',
    shortcut: 'CmdOrCtrl+N',
    webShortcut: 'CmdOrCtrl+Alt+N',
    menu: 'File',
  },
  {
    id: 'article.open',
    label: 'Open file…',
    description: 'Imports an article from a file, with a preview first.',
    shortcut: 'CmdOrCtrl+O',
    webShortcut: 'CmdOrCtrl+Alt+O',
    menu: 'File',
  },
  {
    id: 'article.loadVersion',
    label: 'New version…',
    description: 'Replaces the text with a corrected version; claims are anchored again.',
    shortcut: 'CmdOrCtrl+Alt+V',
    menu: 'File',
  },
  {
    id: 'annotations.import',
    label: 'Import annotations…',
    description: 'Imports W3C or Hypothesis annotations as claims.',
    menu: 'File',
  },
  {
    id: 'factchecks.import',
    label: 'Import fact checks…',
    description:
      'Imports published fact checks (ClaimReview, a DataFeed or Fact Check Tools JSON) for search and “Checked before?”.',
    menu: 'File',
  },
  {
    id: 'training.openExercise',
    label: 'Open exercise…',
    description: 'Opens a training exercise file.',
    menu: 'File',
  },
  {
    id: 'training.open',
    label: 'Training…',
    description: 'Answer key, exercise and debrief of the open article.',
    menu: 'File',
  },
  {
    id: 'report.export',
    label: 'Export report…',
    description: 'Exports the annotated report of the open article.',
    shortcut: 'CmdOrCtrl+E',
    menu: 'File',
  },
  {
    id: 'preferences.open',
    label: 'Preferences…',
    description: 'Checker name, rating scales, theme and backups.',
    shortcut: 'CmdOrCtrl+,',
    menu: 'File',
  },
  {
    id: 'text.edit',
    label: 'Edit text',
    description: 'Unlocks the article text for editing; every saved change is a new version.',
    shortcut: 'F2',
    menu: 'Edit',
    inEditor: true,
  },
  {
    id: 'text.done',
    label: 'Done editing',
    description: 'Locks the article text again.',
    shortcut: 'F2',
    menu: 'Edit',
    inEditor: true,
  },
  {
    id: 'library.search',
    label: 'Search the library',
    description: 'Moves the cursor to the library’s search field.',
    shortcut: 'CmdOrCtrl+Shift+F',
    menu: 'Edit',
  },
  {
    id: 'search.open',
    label: 'Search everything…',
    description:
      'Searches claims, articles, sources and imported fact checks; Enter opens the result.',
    shortcut: 'CmdOrCtrl+K',
    menu: 'Edit',
    inEditor: true,
  },
  {
    id: 'claim.mark',
    label: 'Mark claim',
    description: 'Marks the words selected in the text as a claim.',
    shortcut: 'CmdOrCtrl+Shift+M',
    menu: 'Claim',
    inEditor: true,
  },
  {
    id: 'claim.next',
    label: 'Next claim',
    description: 'Selects the next claim in text order.',
    shortcut: 'F8',
    menu: 'Claim',
    inEditor: true,
  },
  {
    id: 'claim.previous',
    label: 'Previous claim',
    description: 'Selects the previous claim in text order.',
    shortcut: 'Shift+F8',
    menu: 'Claim',
    inEditor: true,
  },
  {
    id: 'claim.nextReview',
    label: 'Next claim needing review',
    description: 'Selects the next claim whose anchor or verdict needs the checker’s review.',
    shortcut: 'Alt+F8',
    menu: 'Claim',
    inEditor: true,
  },
  ...ratingCommands,
  {
    id: 'verdict.clear',
    label: 'Rate: not rated',
    description: 'Removes the rating of the selected claim and keeps its conclusion.',
    shortcut: 'Alt+0',
    menu: 'Claim',
    inEditor: true,
  },
  {
    id: 'claim.undoField',
    label: 'Undo last claim change',
    description:
      'Undoes the last change to the selected claim’s verdict, conclusion, claimant or status, as the audit log recorded it.',
    shortcut: 'CmdOrCtrl+Alt+Z',
    menu: 'Claim',
    inEditor: true,
  },
  {
    id: 'claims.focus',
    label: 'Go to the claims pane',
    description: 'Moves the focus from the article text to the claims pane.',
    shortcut: 'Escape',
    inEditor: true,
    editorOnly: true,
  },
  {
    id: 'theme.toggle',
    label: 'Toggle dark theme',
    description: 'Switches between the light and the dark theme.',
    shortcut: 'CmdOrCtrl+Alt+D',
    menu: 'View',
  },
  {
    id: 'palette.open',
    label: 'Command palette…',
    description: 'Finds and runs any command by name.',
    shortcut: 'CmdOrCtrl+Shift+P',
    menu: 'View',
    inEditor: true,
  },
  {
    id: 'shortcuts.open',
    label: 'Keyboard shortcuts',
    description: 'Lists every command and its shortcut (also “?” outside text fields).',
    shortcut: 'F1',
    menu: 'Help',
    inEditor: true,
  },
  {
    id: 'help.about',
    label: 'About Factdesk',
    description: 'Version, data folder and licences.',
    menu: 'Help',
  },
] as const satisfies readonly CommandDeclaration[];

export type CommandId = (typeof commandDeclarations)[number]['id'];

const byId = new Map<string, CommandDeclaration>(commandDeclarations.map((c) => [c.id, c]));

export function isCommandId(id: string): id is CommandId {
  return byId.has(id);
}

export function commandDeclaration(id: CommandId): CommandDeclaration {
  return byId.get(id) as CommandDeclaration;
}

/**
 * A shortcut as people read it: "CmdOrCtrl+Shift+M" → "Ctrl+Shift+M" (or "⌘+Shift+M" on macOS).
 */
export function shortcutLabel(shortcut: string, mac = false): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'CmdOrCtrl' ? (mac ? '⌘' : 'Ctrl') : part))
    .join('+');
}
