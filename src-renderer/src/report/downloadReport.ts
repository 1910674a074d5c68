import type { ReportFile } from '../../../src-main/contract/reportMethods';

function toBlob(file: ReportFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.content], { type: file.mime });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mime });
}

/**
 * A link that opens the report in a new tab: the browser shows HTML and PDF itself, and the
 * report's own Content-Security-Policy keeps it inert. Other formats download again.
 */
export function reportUrl(file: ReportFile): string | null {
  return file.format === 'html' || file.format === 'pdf' ? URL.createObjectURL(toBlob(file)) : null;
}

/** Hands the report to the browser (or Electron) as a download, under its own file name. */
export function downloadReport(file: ReportFile): void {
  const url = URL.createObjectURL(toBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
