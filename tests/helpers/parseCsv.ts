/** A strict RFC 4180 reader: fails on anything a conforming writer would not produce. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index < csv.length) {
    let field = '';
    if (csv[index] === '"') {
      index++;
      for (;;) {
        const quote = csv.indexOf('"', index);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += csv.slice(index, quote);
        index = quote + 1;
        if (csv[index] === '"') {
          field += '"';
          index++;
        } else break;
      }
    } else {
      const match = /[,\r\n"]/.exec(csv.slice(index));
      const end = match ? index + match.index : csv.length;
      if (csv[end] === '"') throw new Error(`bare quote at ${end}`);
      field = csv.slice(index, end);
      index = end;
    }
    row.push(field);
    if (csv[index] === ',') index++;
    else if (csv.startsWith('\r\n', index)) {
      rows.push(row);
      row = [];
      index += 2;
    } else if (index < csv.length)
      throw new Error(`unexpected ${JSON.stringify(csv[index])} at ${index}`);
  }
  if (row.length > 0) throw new Error('last row lacks CRLF');
  return rows;
}
