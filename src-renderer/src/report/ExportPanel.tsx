import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportFile, TransparencyFinding } from '../../../src-main/contract/reportMethods';
import type { ReportFormat } from '../../../src-main/core/fileFormats';
import { reportFormats } from '../../../src-main/core/fileFormats';
import { call } from '../api/client';
import { contractQuery } from '../api/contractQuery';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { useOpenArticle } from '../workbench/workbenchQueries';
import { downloadReport, reportUrl } from './downloadReport';
import { TransparencyFindings } from './TransparencyFindings';
import './report.css';

/** Every report format, in the order offered; a Record, so a new format cannot be left out. */
const formatChoices: Record<ReportFormat, { label: string; detail: string }> = {
  html: { label: 'HTML report', detail: 'One self-contained file that opens in any browser' },
  pdf: { label: 'PDF', detail: 'The same report, ready to print or archive' },
  md: { label: 'Markdown', detail: 'For GitHub, Pandoc or a CMS' },
  claimreview: { label: 'ClaimReview JSON-LD', detail: 'schema.org markup for search engines' },
  w3c: { label: 'W3C Web Annotations', detail: 'For Hypothesis and other annotation tools' },
  csv: { label: 'CSV', detail: 'One row per claim, for spreadsheets' },
  bundle: {
    label: 'Report bundle (.zip)',
    detail:
      'The HTML report, ClaimReview, W3C annotations and CSV with every archived copy, and a MANIFEST of SHA-256s',
  },
};

type Finding = TransparencyFinding;

interface ExportPanelProps {
  onClose(): void;
}

/**
 * Export runs the transparency check first and shows what an editor would ask about; the
 * checker can fix a finding (jump to its claim; a verdict that waits to be confirmed can be
 * confirmed or its claim reopened right there) or export anyway.
 */
export function ExportPanel({ onClose }: ExportPanelProps) {
  const article = useOpenArticle();
  const [format, setFormat] = useState<ReportFormat>('html');

  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReportFile | null>(null);
  const [resultUrl, setResultUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const articleId = article?.id;

  // Checked afresh each time the panel opens: everything about the claims may have changed.
  const check = useQuery({
    ...contractQuery('reports.check', { articleId: articleId ?? 0 }),
    enabled: articleId !== undefined,
    staleTime: 0,
    gcTime: 0,
  });
  const findings: Finding[] | null = check.data ?? null;
  const checkError = check.error ? errorMessage(check.error) : null;

  if (!article) return null;

  const runExport = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const file = await call('reports.export', { articleId: article.id, format });
      downloadReport(file);
      setResult(file);
      setResultUrl(reportUrl(file));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel
      title="Export report"
      onClose={onClose}
      className="export-panel"
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void runExport()}
          >
            {busy ? 'Exporting…' : findings?.some(isError) ? 'Export anyway' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="format-choice">
        <legend>Format</legend>
        {reportFormats.map((choice) => (
          <label key={choice} className="format-option">
            <input
              type="radio"
              name="report-format"
              value={choice}
              checked={format === choice}
              onChange={() => setFormat(choice)}
            />
            <span>
              <strong>{formatChoices[choice].label}</strong>
              <span className="format-detail">{formatChoices[choice].detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <section className="transparency" aria-label="Transparency check">
        <h3>
          Transparency check{' '}
          {findings && (
            <PublishReadyBadge
              errors={findings.filter(isError).length}
              warnings={findings.filter((finding) => !isError(finding)).length}
            />
          )}
        </h3>
        {findings === null && !checkError && <p>Checking…</p>}
        {findings?.length === 0 && (
          <p className="all-clear">
            Nothing to fix: every verdict has a source, every source an archived copy and an access
            date.
          </p>
        )}
        {findings && findings.length > 0 && (
          <TransparencyFindings
            findings={findings}
            onChanged={() => void check.refetch()}
            onFix={onClose}
          />
        )}
      </section>
      {busy && (
        <p role="status" className="export-progress">
          Preparing the {formatChoices[format].label}…
        </p>
      )}
      {(error ?? checkError) && (
        <p role="alert" className="export-error">
          {error ?? checkError}
        </p>
      )}
      {result && (
        <p role="status" className="export-done">
          Saved <strong>{result.fileName}</strong> to your downloads.{' '}
          {resultUrl && (
            <a href={resultUrl} target="_blank" rel="noopener noreferrer">
              Open it
            </a>
          )}
          {result.archives.length > 0 &&
            ` It links to ${result.archives.length} archived ${result.archives.length === 1 ? 'copy' : 'copies'}: keep them in an “archive” folder beside the report, or export a report bundle, which carries them.`}
        </p>
      )}
      {result && (result.format === 'claimreview' || result.format === 'bundle') && (
        <section className="left-out" aria-label="Left out of ClaimReview">
          {result.leftOut.length === 0 ? (
            <p>Every claim is published as a ClaimReview.</p>
          ) : (
            <>
              <p>
                {result.leftOut.length} {result.leftOut.length === 1 ? 'claim is' : 'claims are'}{' '}
                not published as ClaimReview:
              </p>
              <ul>
                {result.leftOut.map((claim) => (
                  <li key={claim.claimId}>{claim.message}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </Panel>
  );
}

function isError(finding: Finding): boolean {
  return finding.severity === 'error';
}

/** Publish-ready when the check finds no errors; warnings name what is worth adding. */
function PublishReadyBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const count = (n: number, noun: string) =>
    `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  return (
    <>
      {errors === 0 ? (
        <span className="publish-badge ready">Publish-ready</span>
      ) : (
        <span className="publish-badge not-ready">Not publish-ready: {count(errors, 'error')}</span>
      )}
      {warnings > 0 && <span className="finding-count">{count(warnings, 'warning')}</span>}
    </>
  );
}
