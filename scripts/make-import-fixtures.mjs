// Writes the importer fixtures in tests/fixtures/importers/ that are made here rather than copied
// from bug reports. Run by hand (`node scripts/make-import-fixtures.mjs`) when they need to
// change, and commit the output: CI only reads the files. Needs pandoc, zip, iconv and chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const out = resolve(import.meta.dirname, '../tests/fixtures/importers');
const work = mkdtempSync(join(tmpdir(), 'factdesk-fixtures-'));
mkdirSync(out, { recursive: true });

function write(name, content) {
  writeFileSync(join(out, name), content);
  console.log(`wrote tests/fixtures/importers/${name}`);
}

// ── Text in legacy encodings, converted by iconv(1) ──────────────────────────────────────────
function legacyText(name, encoding, text) {
  const source = join(work, `${name}.utf8`);
  writeFileSync(source, text);
  write(name, execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding, source]));
}

legacyText(
  'text-russian-koi8-r.txt',
  'KOI8-R',
  'Министр заявил, что тарифы не вырастут\n\n' +
    'Министр транспорта заявил в понедельник, что тарифы на проезд в 2024 году не вырастут. ' +
    'По данным городского бюджета, субсидии перевозчикам сократились на 12 процентов.\n',
);
legacyText(
  'text-japanese-shift_jis.txt',
  'SHIFT_JIS',
  '知事の発言を検証する\n\n' +
    '知事は記者会見で、県内の待機児童が昨年より三割減ったと述べた。' +
    '県の統計によると、減少は一割にとどまっている。\n',
);
legacyText(
  'text-polish-windows-1250.txt',
  'WINDOWS-1250',
  'Oświadczenie ministra\n\n' +
    'Minister powiedział, że bezrobocie spadło o 20% w 2023 roku. Zażółć gęślą jaźń.\n',
);

// ── Word: pandoc's own .docx (table, footnotes, a hard line break) ────────────────────────────
const markdown = join(work, 'waiting-lists.md');
writeFileSync(
  markdown,
  [
    '# Hospital waiting lists: the figures',
    '',
    'The health minister said waiting lists fell by 10 per cent.[^1]\\',
    'Officials later corrected the figure.',
    '',
    '| Region | 2022   | 2023   |',
    '|--------|--------|--------|',
    '| North  | 41,200 | 38,900 |',
    '| South  | 35,100 | 36,400 |',
    '',
    'The opposition called the claim misleading.[^2]',
    '',
    '[^1]: Ministry of Health press release, 2 February 2024.',
    '',
    '[^2]: Statement by the shadow health secretary, 3 February 2024.',
    '',
  ].join('\n'),
);
execFileSync('pandoc', [markdown, '-o', join(out, 'docx-pandoc-table-footnotes.docx')]);
console.log('wrote tests/fixtures/importers/docx-pandoc-table-footnotes.docx');

// ── Word: OOXML written by hand, zipped by zip(1): text boxes, endnotes, tracked changes ─────
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const namespaces =
  `xmlns:w="${W}" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'mc:Ignorable="wps"';
const run = (text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs) => `<w:p>${runs.join('')}</w:p>`;
const drawingBox = (text) =>
  '<w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData ' +
  'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>' +
  `<w:txbxContent>${paragraph(run(text))}</w:txbxContent>` +
  '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>';
const vmlBox = (text) =>
  `<w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(run(text))}</w:txbxContent></v:textbox></v:shape></w:pict>`;

const documentXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>` +
  paragraph(run('Housing targets: what the council promised')) +
  paragraph(
    run('The council said it built 2,310 homes last year'),
    '<w:r><w:endnoteReference w:id="1"/></w:r>',
    run(', well above its target'),
    `<w:del w:id="9" w:author="Editor"><w:r><w:delText> of 1,500</w:delText></w:r></w:del>`,
    `<w:ins w:id="10" w:author="Editor">${run(' of 2,000')}</w:ins>`,
    run('.'),
    '<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN DRAFTING NOTE</w:t></w:r>',
  ) +
  paragraph(
    run('A side box sat next to this paragraph.'),
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps">' +
      drawingBox('Box: the figure counts homes started, not finished.') +
      '</mc:Choice><mc:Fallback>' +
      vmlBox('Box: the figure counts homes started, not finished.') +
      '</mc:Fallback></mc:AlternateContent></w:r>',
  ) +
  paragraph(
    run('A pull quote had no fallback.'),
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawingBox(
      'Pull quote: “We were never consulted.”',
    )}</mc:Choice></mc:AlternateContent></w:r>`,
  ) +
  paragraph(
    run('Planning officer'),
    '<w:r><w:tab/></w:r>',
    run('Year'),
    '<w:r><w:noBreakHyphen/></w:r>',
    run('on'),
    '<w:r><w:noBreakHyphen/></w:r>',
    run('year figures disagree.'),
    '<w:r><w:endnoteReference w:id="2"/></w:r>',
  ) +
  '<w:sectPr/></w:body></w:document>';

const endnotesXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes xmlns:w="${W}">` +
  '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
  '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>' +
  `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${run(' Council housing report, table 3: 2,310 homes started.')}</w:p></w:endnote>` +
  `<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r>${run(' Planning committee minutes, 14 March 2024.')}</w:p>` +
  `<w:p>${run('Second paragraph of the same note.')}</w:p></w:endnote>` +
  '</w:endnotes>';

const box = join(work, 'textbox-docx');
const parts = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>',
  'word/_rels/document.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>' +
    '</Relationships>',
  'word/document.xml': documentXml,
  'word/endnotes.xml': endnotesXml,
};
for (const [name, content] of Object.entries(parts)) {
  mkdirSync(dirname(join(box, name)), { recursive: true });
  writeFileSync(join(box, name), content);
}
const docxPath = join(out, 'docx-textbox-endnotes.docx');
rmSync(docxPath, { force: true });
execFileSync('zip', ['-X', '-q', '-r', docxPath, ...Object.keys(parts)], { cwd: box });
console.log('wrote tests/fixtures/importers/docx-textbox-endnotes.docx');

// ── PDF written by hand: three columns drawn row by row, running header and footer ───────────
function pdf(pages) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids = [];
  const font = 3 + pages.length * 2;
  pages.forEach((content, index) => {
    const pageObject = 3 + index * 2;
    kids.push(`${pageObject} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${pageObject + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    );
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
const show = (x, y, size, text) =>
  `BT /F1 ${size} Tf ${x} ${y} Td (${text.replace(/([\\()])/g, '\\$1')}) Tj ET`;

/** Columns of lines drawn across the page row by row, the order that breaks naive readers. */
function rowOrder(columns, xs, top, step, size = 10) {
  const drawn = [];
  const rows = Math.max(...columns.map((column) => column.length));
  for (let row = 0; row < rows; row++) {
    columns.forEach((column, index) => {
      if (column[row]) drawn.push(show(xs[index], top - row * step, size, column[row]));
    });
  }
  return drawn;
}

const threeColumns = [
  [
    'The harbour authority says',
    'cargo volumes rose by 14 per',
    'cent last year, the best infor-',
    'mation it has published.',
  ],
  [
    'Dock workers dispute the',
    'figure: they say container',
    'numbers fell in the second',
    'half of the year.',
  ],
  [
    'An independent audit is',
    'due in May, the authority',
    'said, and will settle the',
    'question of the totals.',
  ],
];
const twoColumns = [
  [
    'Shipping lines want lower fees',
    'before they return to the port,',
    'according to the chamber of',
    'commerce.',
  ],
  [
    'The authority has not said',
    'whether it will cut fees, but',
    'a board meeting on Friday will',
    'discuss the budget.',
  ],
];
const header = () => show(72, 760, 8, 'Northtown Gazette - 12 April 2024 - Business');
const footer = (page) => show(290, 30, 8, `Page ${page} of 2`);
write(
  'pdf-three-columns-headers.pdf',
  pdf([
    [
      header(),
      show(72, 720, 18, 'Port cargo claim questioned by dock workers'),
      ...rowOrder(threeColumns, [72, 252, 432], 690, 14),
      footer(1),
    ].join('\n'),
    [header(), ...rowOrder(twoColumns, [72, 320], 720, 14), footer(2)].join('\n'),
  ]),
);

// ── PDF printed by Chromium: CSS columns with a header and footer template ───────────────────
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const paragraphs = [
    'The regional rail operator said on Monday that 94 per cent of its trains ran on time in March, its best month in three years.',
    'Passenger groups questioned the figure, saying that cancelled trains are not counted as late and that cancellations doubled over the winter.',
    'The operator confirmed that cancellations are reported separately, in a quarterly table that was last published in January.',
    'Independent analysts who combined the two tables found that about 81 per cent of scheduled services arrived within five minutes.',
    'The transport ministry said it would review how punctuality is reported before the franchise is renewed next year.',
  ];
  await page.setContent(`<!doctype html><html><head><style>
    body { font: 11pt/1.45 sans-serif; margin: 0 }
    h1 { font-size: 20pt; margin: 0 0 12pt }
    .columns { column-count: 2; column-gap: 28pt }
    p { margin: 0 0 8pt }
  </style></head><body>
    <h1>Rail punctuality: what the 94 per cent leaves out</h1>
    <div class="columns">${[
      ...paragraphs,
      ...paragraphs.map((p) => p.replace('.', ', the report adds.')),
    ]
      .map((p) => `<p>${p}</p>`)
      .join('')}</div>
  </body></html>`);
  write(
    'pdf-chromium-columns.pdf',
    await page.pdf({
      format: 'A6',
      margin: { top: '40px', bottom: '40px', left: '24px', right: '24px' },
      displayHeaderFooter: true,
      headerTemplate:
        '<div style="font-size:8px;margin-left:24px">Valley Times · Transport desk</div>',
      footerTemplate:
        '<div style="font-size:8px;margin-left:24px">Page <span class="pageNumber"></span></div>',
    }),
  );
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
