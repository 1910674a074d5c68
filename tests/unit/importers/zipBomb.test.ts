import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ImportError,
  MAX_ZIP_UNCOMPRESSED_BYTES,
  importArticle,
} from '../../../src-main/importers';
import { docxEntries } from './helpers/buildDocx';
import { deflatedZeros } from './helpers/deflatedZeros';
import { tempFolder } from './helpers/tempFolder';
import type { ZipEntrySpec } from './helpers/writeZip';
import { writeZip } from './helpers/writeZip';

const ONE_GIB = 1024 * 1024 * 1024;
const folder = tempFolder();
let gigabyteOfZeros: Buffer;

beforeAll(async () => {
  gigabyteOfZeros = await deflatedZeros(1024);
}, 60_000);
afterAll(() => folder.remove());

/** A .docx whose document part is replaced by `document`, everything else real. */
function bombDocx(document: ZipEntrySpec): Buffer {
  const entries = docxEntries({ paragraphs: ['Harmless-looking text.'] }).filter(
    (entry) => entry.name !== 'word/document.xml',
  );
  return writeZip([...entries, document]);
}

/** Bytes that compress about as well as Word XML: random picks from a small vocabulary. */
function ordinaryXmlLikeBytes(length: number): Buffer {
  let seed = 0x9e3779b9;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const vocabulary = Array.from({ length: 512 }, () =>
    Array.from({ length: 8 + Math.floor(random() * 24) }, () =>
      String.fromCharCode(97 + Math.floor(random() * 26)),
    ).join(''),
  );
  const bytes = Buffer.alloc(length, 0x20);
  for (let at = 0; at < length;) {
    const word = `<w:t>${vocabulary[Math.floor(random() * vocabulary.length)]}</w:t>`;
    at += bytes.write(word, at, 'latin1');
  }
  return bytes;
}

/** Runs an import, sampling resident memory, and reports how it went. */
async function measure(fileName: string, bytes: Uint8Array) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const outcome = await importArticle(fileName, bytes).then(
    () => null,
    (error: unknown) => error,
  );
  const milliseconds = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const grewMb = (peak - before) / 1024 / 1024;
  console.log(
    `${fileName}: refused in ${milliseconds.toFixed(0)} ms, RSS grew ${grewMb.toFixed(1)} MB`,
  );
  return { outcome, milliseconds, grewMb };
}

describe('zip bombs disguised as Word documents', () => {
  it('refuses 1 GiB of zeros that declares itself 4 KB, fast and in little memory', async () => {
    const bytes = folder.write(
      'lying.docx',
      bombDocx({
        name: 'word/document.xml',
        deflated: gigabyteOfZeros,
        declaredUncompressedSize: 4096,
      }),
    );
    const { outcome, milliseconds, grewMb } = await measure('lying.docx', bytes);

    expect(outcome).toBeInstanceOf(ImportError);
    expect(outcome).toMatchObject({
      code: 'zip_bomb',
      message: expect.stringContaining('more data than the archive declares'),
    });
    expect(milliseconds).toBeLessThan(5_000);
    expect(grewMb).toBeLessThan(512);
  });

  it('refuses 1 GiB of zeros that declares itself honestly, before inflating anything', async () => {
    const bytes = folder.write(
      'honest.docx',
      bombDocx({
        name: 'word/document.xml',
        deflated: gigabyteOfZeros,
        declaredUncompressedSize: ONE_GIB,
      }),
    );
    const { outcome, milliseconds, grewMb } = await measure('honest.docx', bytes);

    expect(outcome).toMatchObject({
      code: 'zip_bomb',
      message: expect.stringMatching(/more than 100\.0 MB/),
    });
    expect(milliseconds).toBeLessThan(5_000);
    expect(grewMb).toBeLessThan(512);
  });

  it('refuses a part compressed implausibly well even when the total is small', async () => {
    const twentyMegabytes = await deflatedZeros(20);
    const bytes = folder.write(
      'ratio.docx',
      bombDocx({
        name: 'word/document.xml',
        deflated: twentyMegabytes,
        declaredUncompressedSize: 20 * 1024 * 1024,
      }),
    );
    await expect(importArticle('ratio.docx', bytes)).rejects.toMatchObject({
      code: 'zip_bomb',
      message: expect.stringContaining('compressed implausibly well'),
    });
  });

  it('counts what actually inflates: 1 GiB of zeros declared just under every limit', async () => {
    // 99 MB declared from 1 MB compressed passes the declared-total and declared-ratio checks,
    // so only counting the bytes as they inflate can stop it.
    const declared = 99 * 1024 * 1024;
    expect(declared / gigabyteOfZeros.length).toBeLessThan(100);
    const bytes = folder.write(
      'under-limits.docx',
      bombDocx({
        name: 'word/document.xml',
        deflated: gigabyteOfZeros,
        declaredUncompressedSize: declared,
      }),
    );
    const { outcome, milliseconds, grewMb } = await measure('under-limits.docx', bytes);

    expect(outcome).toMatchObject({ code: 'zip_bomb' });
    expect(milliseconds).toBeLessThan(5_000);
    expect(grewMb).toBeLessThan(512);
  });

  it('refuses many ordinary parts that add up past the limit', async () => {
    const part = ordinaryXmlLikeBytes(8 * 1024 * 1024);
    const deflated = deflateRawSync(part);
    expect(part.length / deflated.length).toBeLessThan(100);
    const count = Math.ceil(MAX_ZIP_UNCOMPRESSED_BYTES / part.length) + 1;
    const parts = Array.from({ length: count }, (_, i) => ({
      name: `customXml/item${i}.xml`,
      deflated,
      declaredUncompressedSize: part.length,
    }));
    const bytes = folder.write(
      'heavy.docx',
      writeZip([...docxEntries({ paragraphs: ['Text.'] }), ...parts]),
    );
    expect(bytes.length).toBeLessThan(20 * 1024 * 1024);

    await expect(importArticle('heavy.docx', bytes)).rejects.toMatchObject({
      code: 'zip_bomb',
      message: expect.stringContaining('would unpack to more than 100.0 MB'),
    });
  });
});
