import { deflateRawSync, deflateSync } from 'node:zlib';
import { docxEntries } from './buildDocx';
import { deflatedZeros } from './deflatedZeros';
import { writeZip } from './writeZip';

/** A hostile input: a file name and its bytes, built in memory. */
export interface HostileInput {
  name: string;
  fileName: string;
  build(): Promise<Buffer>;
}

const VOCABULARY = Array.from(
  { length: 64 },
  (_, i) =>
    ['ferry', 'council', 'harbour', 'minister', 'budget', 'passenger', 'report', 'figure'][
      i % 8
    ]!.slice(0, 3 + (i % 5)) + String.fromCharCode(97 + (i % 26)),
);

/** Pseudo-random words from a small vocabulary, so that XML compresses like real text. */
function words(count: number, seed: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(VOCABULARY[(state >>> 16) % VOCABULARY.length] ?? 'word');
  }
  return out.join(' ');
}

/** A PDF from raw object bodies (strings or bytes), with a correct cross-reference table. */
function pdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof object === 'string' ? Buffer.from(object, 'latin1') : object,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

function streamObject(data: Buffer, dictionary = ''): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/** `pages` pages that all draw the same content stream. */
function pdfSharingOneStream(pages: number, content: string): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 ${pages + 4} 0 R >> >> >>`;
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    streamObject(Buffer.from(content, 'latin1')),
    ...Array.from({ length: pages }, () => page),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}

/**
 * The inputs an outside review measured (29 s to 91 s each, or gigabytes), and more of each
 * kind: long runs that made patterns backtrack, deep or huge markup, oversized documents, pages
 * that share one stream, and compression bombs.
 */
export const hostileInputs: HostileInput[] = [
  {
    name: '<pre> with 100,000 spaces',
    fileName: 'pre.html',
    build: async () =>
      Buffer.from(
        `<html><body><pre>a${' '.repeat(100_000)}b\n${' '.repeat(1000)}</pre></body></html>`,
      ),
  },
  {
    name: '.md whose first line is "# a" and 100,000 spaces',
    fileName: 'heading.md',
    build: async () => Buffer.from(`# a${' '.repeat(100_000)}b\n\nThe article.\n`),
  },
  {
    name: '.md heading with 100,000 closing hashes and spaces',
    fileName: 'hashes.md',
    build: async () => Buffer.from(`# a${' #'.repeat(50_000)}x\n\nThe article.\n`),
  },
  {
    name: '"<html a" repeated 40,000 times',
    fileName: 'html-a.html',
    build: async () => Buffer.from('<html a'.repeat(40_000)),
  },
  {
    name: 'unclosed <meta and <body tags repeated',
    fileName: 'meta.html',
    build: async () => Buffer.from(`<p>text</p>${'<meta charset <body x'.repeat(20_000)}`),
  },
  {
    name: 'nested <div>s 2,000 deep',
    fileName: 'deep-2000.html',
    build: async () =>
      Buffer.from(
        `<html><body>${'<div>'.repeat(2000)}<p>${words(300, 1)}</p>${'</div>'.repeat(2000)}</body></html>`,
      ),
  },
  {
    name: 'nested <div>s 20,000 deep',
    fileName: 'deep-20000.html',
    build: async () =>
      Buffer.from(`<html><body>${'<div>'.repeat(20_000)}<p>${words(300, 2)}</p></body></html>`),
  },
  {
    name: 'advertising boxes nested 5,000 deep',
    fileName: 'deep-ads.html',
    build: async () =>
      Buffer.from(
        `<html><body>${'<div class="ad">'.repeat(5000)}<p>${words(300, 6)}</p></body></html>`,
      ),
  },
  {
    name: '24,000 elements in one page',
    fileName: 'wide.html',
    build: async () =>
      Buffer.from(
        `<html><body><article>${`<div><p>${words(6, 3)}</p></div>`.repeat(12_000)}</article></body></html>`,
      ),
  },
  {
    name: 'a 3 KB .docx whose core.xml repeats an unclosed <dc:title>',
    fileName: 'core.docx',
    build: async () => {
      const entries = docxEntries({ paragraphs: ['The article text.'] });
      entries.push({ name: 'docProps/core.xml', data: '<dc:title>x'.repeat(30_000) });
      return writeZip(entries);
    },
  },
  {
    name: 'a .docx core.xml with unclosed CDATA sections',
    fileName: 'cdata.docx',
    build: async () => {
      const entries = docxEntries({ paragraphs: ['The article text.'] });
      entries.push({
        name: 'docProps/core.xml',
        data: `<dc:title>${'<![CDATA[x'.repeat(20_000)}</dc:title>`,
      });
      return writeZip(entries);
    },
  },
  {
    name: 'a 14 MB .docx holding 95 MB of XML',
    fileName: 'huge.docx',
    build: async () => {
      // A megabyte of varied paragraphs, repeated: deflate's 32 KB window cannot see the
      // repetition, so the part compresses like real markup, about 7 to 1.
      const unit = Array.from(
        { length: 4000 },
        (_, i) =>
          `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>${words(12, i + 1)}</w:t></w:r></w:p>`,
      ).join('');
      const xml = Buffer.from(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${unit.repeat(Math.ceil((95 * 1024 * 1024) / unit.length))}</w:body></w:document>`,
      );
      const entries = docxEntries({ paragraphs: [] }).filter((e) => e.name !== 'word/document.xml');
      return writeZip([
        ...entries,
        {
          name: 'word/document.xml',
          deflated: deflateRawSync(xml, { level: 1 }),
          declaredUncompressedSize: xml.length,
        },
      ]);
    },
  },
  {
    name: 'a PDF of 5,000 pages sharing one stream',
    fileName: 'shared.pdf',
    build: async () => {
      const line = `(${words(12, 5)}) Tj 0 -14 Td\n`;
      return pdfSharingOneStream(5000, `BT /F1 9 Tf 40 800 Td\n${line.repeat(400)}ET`);
    },
  },
  {
    name: 'a Flate bomb PDF',
    fileName: 'bomb.pdf',
    build: async () => {
      const bomb = await deflatedZeros(160);
      // deflatedZeros is raw deflate; PDF's FlateDecode is zlib: wrap it with a zlib header.
      const zlib = Buffer.concat([Buffer.from([0x78, 0x9c]), bomb]);
      return pdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        streamObject(zlib, '/Filter /FlateDecode'),
      ]);
    },
  },
  {
    name: 'a PDF whose stream is deflated twice over',
    fileName: 'double.pdf',
    build: async () => {
      const inner = deflateSync(Buffer.alloc(110 * 1024 * 1024), { level: 1 });
      return pdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        streamObject(deflateSync(inner), '/Filter [/FlateDecode /FlateDecode]'),
      ]);
    },
  },
];
