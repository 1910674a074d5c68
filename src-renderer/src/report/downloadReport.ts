import type { ReportFile } from '../../../src-main/contract/reportMethods';
import { downloadFile, toBlob } from '../ui/downloadFile';

/**
 * A link that opens the report in a new tab: the browser shows HTML and PDF itself, and the
 * report's own Content-Security-Policy keeps it inert. Other formats download again.
 */
export function reportUrl(file: ReportFile): string | null {
  return file.format === 'html' || file.format === 'pdf' ? URL.createObjectURL(toBlob(file)) : null;
}

export const downloadReport = downloadFile;
