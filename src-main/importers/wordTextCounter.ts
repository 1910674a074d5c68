const OPEN = Buffer.from('<w:t');
const LESS = 0x3c;
const GREATER = 0x3e;
const SLASH = 0x2f;
const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Counts the characters (UTF-16 code units, as MAX_IMPORT_CHARS does) of `<w:t>` runs in a Word
 * document.xml as it streams by, in one linear pass and without keeping it, so that an
 * oversized document is refused before its XML is parsed into a tree (95 MB of XML took mammoth
 * 35 s and 2.75 GB). Entities count as written: an estimate that errs high, good for a limit.
 * Chunks are scanned with Buffer.indexOf; only a few bytes are carried across chunk borders.
 */
export function createWordTextCounter(): { push(chunk: Buffer): void; readonly count: number } {
  let count = 0;
  let inText = false;
  let carry = Buffer.alloc(0);

  /** Scans `data`; returns how many trailing bytes must be looked at again with the next chunk. */
  const scan = (data: Buffer): number => {
    let at = 0;
    while (at < data.length) {
      if (inText) {
        const end = data.indexOf(LESS, at);
        count += data.toString('utf8', at, end < 0 ? data.length : end).length;
        if (end < 0) return 0;
        inText = false;
        at = end;
        continue;
      }
      const open = data.indexOf(OPEN, at);
      if (open < 0) return Math.min(OPEN.length - 1, data.length - at);
      const after = data[open + OPEN.length];
      if (after === undefined) return data.length - open;
      if (after !== GREATER && after !== SLASH && !isSpace(after)) {
        at = open + OPEN.length; // <w:tab/>, <w:tbl> and the like
        continue;
      }
      const close = data.indexOf(GREATER, open + OPEN.length);
      if (close < 0) return data.length - open;
      inText = data[close - 1] !== SLASH;
      at = close + 1;
    }
    return 0;
  };

  return {
    push(chunk: Buffer) {
      const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const keep = scan(data);
      // A tag cut by the chunk border is scanned again, whole, with the next chunk; text is not
      // carried (a character split across chunks may count twice, which errs high).
      carry = Buffer.from(data.subarray(data.length - keep));
    },
    get count() {
      return count;
    },
  };
}
