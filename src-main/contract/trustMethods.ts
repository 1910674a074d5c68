import { z } from 'zod';
import { method } from './method';

const Empty = z.object({}).strict();

/** Only a bare file name from the backups folder: the service accepts only names it lists. */
const BackupName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be the name of a file in the backups folder');

export const BackupInfo = z.object({
  name: z.string(),
  path: z.string(),
  size: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const RecoveryReason = z.enum([
  'not_sqlite',
  'newer_version',
  'damaged',
  'foreign_wal',
  'read_only',
  'disk_full',
  'unreadable',
]);
export type RecoveryReason = z.infer<typeof RecoveryReason>;

export const RecoveryStatus = z.object({
  /** "recovery": no database is open, and every other method answers a `storage` error. */
  mode: z.enum(['normal', 'recovery']),
  reason: RecoveryReason.nullable(),
  message: z.string(),
  dbPath: z.string(),
  /**
   * Where the refused database and its -wal/-shm were moved, unchanged; in normal mode, a -wal
   * from another database that was set aside before opening (then `message` says so).
   */
  movedAside: z.array(z.string()),
  backups: z.array(BackupInfo),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;

/** Trust methods of the contract; merged into the one table in methods.ts. */
export const trustMethods = {
  'backups.list': method(Empty, z.array(BackupInfo), 'The automatic backups, newest first.'),
  'backups.create': method(Empty, BackupInfo, 'Back up the database now.'),
  'backups.restore': method(
    z.object({ name: BackupName }).strict(),
    z.object({ restored: BackupInfo, previousCopy: z.string().nullable() }),
    'Replace the database with a backup; the current one is kept beside it, never deleted.',
  ),
  'recovery.status': method(
    Empty,
    RecoveryStatus,
    'Whether the database is open, or why not and which backups can bring it back.',
  ),
  'recovery.restore': method(
    z.object({ name: BackupName }).strict(),
    RecoveryStatus,
    'In recovery mode: bring back a backup and open it.',
  ),
  'recovery.startFresh': method(
    Empty,
    RecoveryStatus,
    'In recovery mode: start with an empty database.',
  ),
  'recovery.retry': method(
    Empty,
    RecoveryStatus,
    'In recovery mode: try to open the database again (after freeing disk space or fixing permissions).',
  ),
} as const;
