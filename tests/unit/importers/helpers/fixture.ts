import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(import.meta.dirname, '../../../fixtures/importers');

/** The bytes of a committed importer fixture (tests/fixtures/importers). */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(folder, name)));
}
