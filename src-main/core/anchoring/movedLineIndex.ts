/** The lines one block of changed chunks deletes and inserts. */
export interface BlockLines {
  readonly deleted: readonly string[];
  readonly inserted: readonly string[];
}

/** Lines are looked up by this many code units at their start and at their end. */
const KEY_LENGTH = 8;
/** Shorter lines are too plain to tell a moved line from a chance likeness. */
const MIN_LINE_LENGTH = KEY_LENGTH * 2;
/** Lines sharing one key that are compared in full; more only repeat a common opening. */
const MAX_COMPARED_PER_KEY = 64;

interface Entry {
  readonly block: number;
  readonly line: string;
}

/**
 * Finds lines that another block deleted or inserted and that look like a given line, to tell
 * an edited paragraph that moved from one rewritten in place. Two lines look alike when
 * `alike` says so; it needs them to share at least half their start and end, so one of the
 * two shares a quarter, and lines are indexed by their first and last KEY_LENGTH code units.
 * Built once per diff, in time linear in the changed text.
 */
export function createMovedLineIndex(blocks: readonly BlockLines[]) {
  const index = { deleted: new Map<string, Entry[]>(), inserted: new Map<string, Entry[]>() };
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const entries = map.get(key);
    if (!entries) map.set(key, [entry]);
    else if (entries.length < MAX_COMPARED_PER_KEY) entries.push(entry);
  };
  blocks.forEach((block, number) => {
    for (const side of ['deleted', 'inserted'] as const) {
      for (const line of block[side]) {
        if (line.length < MIN_LINE_LENGTH) continue;
        add(index[side], `^${line.slice(0, KEY_LENGTH)}`, { block: number, line });
        add(index[side], `$${line.slice(-KEY_LENGTH)}`, { block: number, line });
      }
    }
  });
  return {
    /** Whether a line of `lines` looks like one that a block other than `block` put on `side`. */
    resemblesElsewhere(
      lines: readonly string[],
      side: 'deleted' | 'inserted',
      block: number,
      alike: (line: string, other: string) => boolean,
    ): boolean {
      return lines.some((line) => {
        if (line.length < MIN_LINE_LENGTH) return false;
        const candidates = [
          ...(index[side].get(`^${line.slice(0, KEY_LENGTH)}`) ?? []),
          ...(index[side].get(`$${line.slice(-KEY_LENGTH)}`) ?? []),
        ];
        return candidates.some((entry) => entry.block !== block && alike(line, entry.line));
      });
    },
  };
}
