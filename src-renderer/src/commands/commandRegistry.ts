import type { CommandDeclaration, CommandId } from '../../../src-main/contract/commands';
import { commandDeclarations } from '../../../src-main/contract/commands';

/** What the renderer adds to a declared command: when it can run and what it does. */
export interface CommandBehaviour {
  /** Whether the command can run now; disabled commands are shown greyed and do nothing. */
  enabled(): boolean;
  run(): void | Promise<void>;
  /** A label that depends on the workbench ("Rate: False"); the declared label otherwise. */
  label?(): string;
  /**
   * False while the command does not apply at all (a rating the active scale does not have):
   * the palette and the shortcut sheet leave it out. Available when not given.
   */
  available?(): boolean;
}

export type CommandHandlers = Record<CommandId, CommandBehaviour>;

export interface Command extends CommandDeclaration {
  readonly id: CommandId;
  readonly behaviour: CommandBehaviour;
}

let handlers: CommandHandlers | null = null;

/**
 * The renderer's one command registry: the declarations (id, label, shortcut) with their
 * behaviour (enabled-when, handler). Buttons, the keyboard, the editor's keybindings, the
 * desktop menu, the command palette and the shortcut sheet all run commands through it.
 */
export const commandRegistry = {
  /** Installs the handlers; a record over every CommandId, so none can be left out. */
  install(next: CommandHandlers): () => void {
    handlers = next;
    return () => {
      if (handlers === next) handlers = null;
    };
  },
  /** Every command that applies now, in declaration order. */
  all(): Command[] {
    const current = handlers;
    if (!current) return [];
    return commandDeclarations
      .map((declaration) => ({
        ...(declaration as CommandDeclaration),
        id: declaration.id,
        behaviour: current[declaration.id],
      }))
      .filter((command) => command.behaviour.available?.() ?? true);
  },
  label(id: CommandId): string {
    const declared = commandDeclarations.find((c) => c.id === id)?.label ?? id;
    return handlers?.[id].label?.() ?? declared;
  },
  enabled(id: CommandId): boolean {
    return handlers?.[id].enabled() ?? false;
  },
  /** Runs the command if it is enabled; returns whether it ran. */
  run(id: CommandId): boolean {
    const behaviour = handlers?.[id];
    if (!behaviour || !behaviour.enabled()) return false;
    void behaviour.run();
    return true;
  },
};
