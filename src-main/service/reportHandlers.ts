import type { Handlers } from '../contract/methods';
import { FactdeskError, notFound } from '../contract/errors';
import type { ReportFile, ReportFormat, reportMethods } from '../contract/reportMethods';
import type { Article, Claim, RatingScale } from '../core/model';
import {
  archiveFileName,
  buildReport,
  renderClaimReview,
  renderReportCsv,
  renderReportHtml,
  renderReportMarkdown,
  renderW3cAnnotations,
  transparencyCheck,
} from '../core/report/index';
import { reportExtensions } from '../core/fileFormats';
import { safeViewFileName } from '../core/report/archiveHref';
import type { WorkbenchContext } from './WorkbenchContext';
import { renderedFile } from './renderedFile';
import { scaleById } from './scaleHandlers';

function slug(title: string): string {
  const cleaned = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return cleaned || 'article';
}

/** The scale most verdicts were given on, so a report never mixes labels from two scales. */
function reportScale(ctx: WorkbenchContext, claims: Claim[]): RatingScale {
  const used = new Map<string, number>();
  for (const claim of claims) {
    if (claim.verdict) used.set(claim.verdict.scaleId, (used.get(claim.verdict.scaleId) ?? 0) + 1);
  }
  const [mostUsed] = [...used.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return scaleById(ctx.store, mostUsed ?? ctx.preferences().defaultScaleId);
}

export function reportHandlers(ctx: WorkbenchContext): Pick<Handlers, keyof typeof reportMethods> {
  const { store } = ctx;

  const gather = (articleId: number): { article: Article; claims: Claim[] } => {
    const article = store.articles.get(articleId);
    if (!article) throw notFound('Article', articleId);
    return { article, claims: store.claims.listByArticle(articleId) };
  };

  const render = async (
    articleId: number,
    format: ReportFormat,
    strict = false,
  ): Promise<ReportFile> => {
    const { article, claims } = gather(articleId);
    const findings = transparencyCheck({ article, claims });
    if (strict && findings.length > 0) {
      throw new FactdeskError(
        'conflict',
        `The transparency check found ${findings.length} issue(s): ${findings.map((f) => f.message).join('; ')}`,
      );
    }
    const prefs = ctx.preferences();
    const checkers = [
      ...new Set(
        [prefs.checkerName, ...claims.map((c) => c.verdict?.checkedBy ?? '')].filter(
          (name) => name && name !== 'unnamed checker',
        ),
      ),
    ];
    const report = buildReport({
      article,
      claims,
      scale: reportScale(ctx, claims),
      checkers,
      organisation: { name: prefs.organisationName, url: prefs.organisationUrl },
      generatedAt: ctx.now(),
      appVersion: ctx.appVersion,
    });
    const fileName = `${slug(article.title)}.${reportExtensions[format]}`;
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
      archives: [...linked.entries()].map(([sourceId, names]) => ({ sourceId, ...names })),
    };
    if (format === 'pdf') {
      if (!ctx.renderPdf) {
        throw new FactdeskError(
          'unsupported',
          'This Factdesk cannot make PDFs here; export HTML and print it to PDF.',
        );
      }
      const pdf = await ctx.renderPdf(renderReportHtml(report));
      return { ...renderedFile(format, fileName, pdf), ...base };
    }
    const renderers: Record<Exclude<ReportFormat, 'pdf'>, () => string> = {
      html: () => renderReportHtml(report),
      md: () => renderReportMarkdown(report),
      claimreview: () => renderClaimReview(report),
      w3c: () => renderW3cAnnotations(report),
      csv: () => renderReportCsv(report),
    };
    return { ...renderedFile(format, fileName, renderers[format]()), ...base };
  };

  return {
    'reports.check': ({ articleId }) => {
      const { article, claims } = gather(articleId);
      return transparencyCheck({ article, claims });
    },
    'reports.export': ({ articleId, format, strict }) => render(articleId, format, strict),
  };
}
