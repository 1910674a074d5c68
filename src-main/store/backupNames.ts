/** factdesk-YYYYMMDD-HHMMSS.sqlite (UTC), with -2, -3… when two land in the same second. */
export const BACKUP_FILE_NAME = /^factdesk-\d{8}-\d{6}(?:-\d{1,4})?\.sqlite$/;

/** A sortable UTC stamp such as 20260304-101500, used in backup and set-aside file names. */
export function fileStamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

export function backupFileName(date: Date, attempt = 1): string {
  return `factdesk-${fileStamp(date)}${attempt > 1 ? `-${attempt}` : ''}.sqlite`;
}
