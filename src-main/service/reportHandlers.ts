import { readFileSync } from 'node:fs';
import type { Handlers } from '../contract/methods';
import { FactdeskError, notFound } from '../contract/errors';
import type { ReportFile, ReportFormat, reportMethods } from '../contract/reportMethods';
import type { Article, Claim, RatingScale } from '../core/model';
import {
  archiveFileName,
  buildClaimReviews,
  buildReport,
  renderClaimReview,
  renderClaimReviewEmbed,
  renderReportCsv,
  renderReportHtml,
  renderReportMarkdown,
  renderW3cAnnotations,
} from '../core/report/index';
import type { NewsroomProfile, Report, ReportHtmlOptions } from '../core/report/index';
import { reportExtensions } from '../core/fileFormats';
import { safeViewFileName } from '../core/report/archiveHref';
import type { WorkbenchContext } from './WorkbenchContext';
import { renderedFile } from './renderedFile';
import { createArchiveStore } from './archiveStore';
import type { BundleFile } from './reportBundle';
import { zipReportBundle } from './reportBundle';
import { neutralisedView } from './neutraliseArchive';
import { scaleById } from './scaleHandlers';
import { sha256 } from './sha256';
import { fileNameStem } from '../core/text/fileNameStem';

/** The scale most verdicts were given on, so a report never mixes labels from two scales. */
function reportScale(ctx: WorkbenchContext, claims: Claim[]): RatingScale {
  const used = new Map<string, number>();
  for (const claim of claims) {
    if (claim.verdict) used.set(claim.verdict.scaleId, (used.get(claim.verdict.scaleId) ?? 0) + 1);
  }
  const [mostUsed] = [...used.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return scaleById(ctx.store, mostUsed ?? ctx.preferences().defaultScaleId);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

interface RenderRequest {
  articleId: number;
  format: ReportFormat;
  strict?: boolean | undefined;
  withPdf?: boolean | undefined;
}

export function reportHandlers(ctx: WorkbenchContext): Pick<Handlers, keyof typeof reportMethods> {
  const { store } = ctx;
  const archives = createArchiveStore(ctx.dataDir);

  const gather = (articleId: number): { article: Article; claims: Claim[] } => {
    const article = store.articles.get(articleId);
    if (!article) throw notFound('Article', articleId);
    return { article, claims: store.claims.listByArticle(articleId) };
  };

  /** The newsroom profile with its logo's bytes; a logo whose file is gone is left out. */
  const profile = (): NewsroomProfile => {
    const prefs = ctx.preferences();
    let logo: NewsroomProfile['logo'] = null;
    if (prefs.logo) {
      try {
        const bytes = readFileSync(archives.absolute(prefs.logo.path));
        if (sha256(bytes) === prefs.logo.sha256) {
          logo = { mime: prefs.logo.mime, base64: bytes.toString('base64') };
        }
      } catch {
        logo = null;
      }
    }
    return {
      name: prefs.organisationName,
      url: prefs.organisationUrl,
      methodologyUrl: prefs.methodologyUrl,
      correctionsUrl: prefs.correctionsUrl,
      logo,
    };
  };

  const reportOf = (articleId: number): { report: Report; claims: Claim[] } => {
    const { article, claims } = gather(articleId);
    const prefs = ctx.preferences();
    const report = buildReport({
      article,
      claims,
      scale: reportScale(ctx, claims),
      checkers: [prefs.checkerName, ...claims.map((c) => c.verdict?.checkedBy ?? '')],
      organisation: profile(),
      generatedAt: ctx.now(),
      appVersion: ctx.appVersion,
    });
    return { report, claims };
  };

  /** Every archived copy the claims cite, once each, read and checked against its SHA-256. */
  const archivedCopies = (claims: Claim[]): BundleFile[] => {
    const copies = new Map<string, BundleFile>();
    for (const { source } of claims.flatMap((claim) => claim.sources)) {
      const archive = source.archive;
      if (!archive) continue;
      const path = `archive/${archiveFileName(archive)}`;
      if (copies.has(path)) continue;
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(archives.absolute(archive.path));
      } catch {
        bytes = undefined;
      }
      if (!bytes || sha256(bytes) !== archive.sha256) {
        throw new FactdeskError(
          'conflict',
          `The archived copy of source ${source.id} (“${source.title || source.url || archive.originalName}”) is ${bytes ? 'no longer the file that was archived (its SHA-256 differs)' : 'missing from the data folder'}, so the bundle would link to nothing. Archive the source again, then export.`,
        );
      }
      copies.set(path, { path, bytes });
      // A web page also travels as the neutralised copy the report links to as its safe view.
      const safeName = safeViewFileName(archive);
      const view = safeName
        ? neutralisedView(bytes, archive.mime, {
            fileName: archiveFileName(archive),
            sha256: archive.sha256,
          })
        : null;
      if (safeName && view)
        copies.set(`archive/${safeName}`, { path: `archive/${safeName}`, bytes: utf8(view) });
    }
    return [...copies.values()];
  };

  const bundle = async (report: Report, claims: Claim[], withPdf: boolean): Promise<Uint8Array> => {
    const html = renderReportHtml(report, { archives: 'beside' });
    const files: BundleFile[] = [{ path: 'report.html', bytes: utf8(html) }];
    if (withPdf) files.push({ path: 'report.pdf', bytes: await pdfOf(html) });
    files.push(
      { path: 'claimreview.json', bytes: utf8(renderClaimReview(report)) },
      { path: 'claimreview-embed.html', bytes: utf8(renderClaimReviewEmbed(report)) },
      { path: 'annotations.w3c.json', bytes: utf8(renderW3cAnnotations(report)) },
      { path: 'claims.csv', bytes: utf8(renderReportCsv(report)) },
      ...archivedCopies(claims),
    );
    const { header } = report;
    return zipReportBundle(files, {
      generator: `Factdesk ${ctx.appVersion}`,
      generatedAt: header.generatedAt,
      article: {
        id: header.articleId,
        title: header.title,
        textVersion: header.textVersion,
        textSha256: header.textSha256,
      },
    });
  };

  const pdfOf = async (html: string): Promise<Uint8Array> => {
    if (!ctx.renderPdf) {
      throw new FactdeskError(
        'unsupported',
        'This Factdesk cannot make PDFs here; export HTML and print it to PDF.',
      );
    }
    return ctx.renderPdf(html);
  };

  const render = async (request: RenderRequest): Promise<ReportFile> => {
    const { articleId, format } = request;
    const { report, claims } = reportOf(articleId);
    const findings = report.summary.findings;
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (request.strict && errors.length > 0) {
      throw new FactdeskError(
        'conflict',
        `Not publish-ready: the transparency check found ${errors.length} error(s): ${errors.map((f) => f.message).join(' ')}`,
      );
    }
    const fileName = `${fileNameStem(report.header.title, 80) || 'article'}.${reportExtensions[format]}`;
    const linked = new Map<number, { fileName: string; safeFileName: string | null }>();
    for (const claim of claims) {
      for (const link of claim.sources) {
        const archive = link.source.archive;
        if (archive) {
          linked.set(link.source.id, {
            fileName: archiveFileName(archive),
            safeFileName: safeViewFileName(archive),
          });
        }
      }
    }
    const base = {
      findings,
      leftOut: buildClaimReviews(report).leftOut,
      // A bundle carries its archived copies inside; every other format links to them.
      archives:
        format === 'bundle'
          ? []
          : [...linked.entries()].map(([sourceId, names]) => ({ sourceId, ...names })),
    };
    // Alone, a report does not hold the copies it links to, and says so; a bundle does.
    const htmlOptions: ReportHtmlOptions = { archives: 'absent' };
    if (format === 'pdf') {
      const pdf = await pdfOf(renderReportHtml(report, htmlOptions));
      return { ...renderedFile(format, fileName, pdf), ...base };
    }
    if (format === 'bundle') {
      const zip = await bundle(report, claims, request.withPdf === true);
      return { ...renderedFile(format, fileName, zip), ...base };
    }
    const renderers: Record<Exclude<ReportFormat, 'pdf' | 'bundle'>, () => string> = {
      html: () => renderReportHtml(report, htmlOptions),
      md: () => renderReportMarkdown(report),
      claimreview: () => renderClaimReview(report),
      w3c: () => renderW3cAnnotations(report),
      csv: () => renderReportCsv(report),
    };
    return { ...renderedFile(format, fileName, renderers[format]()), ...base };
  };

  return {
    'reports.check': ({ articleId }) => reportOf(articleId).report.summary.findings,
    'reports.export': ({ articleId, format, strict, withPdf }) =>
      render({ articleId, format, strict, withPdf }),
  };
}
