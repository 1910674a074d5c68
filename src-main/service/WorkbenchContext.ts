import type { ImportPreview } from '../contract/methods';
import type { ParsedFeed } from '../core/factchecks/parseFactCheckFeed';
import type { Preferences } from '../core/model';
import type { Store } from '../store/openStore';
import type { AuditedEntities } from './auditedEntities';
import type { AuditWriter, Mutation } from './mutation';

export type Shell = 'electron' | 'host' | 'cli' | 'test';

/** `options.encoding` overrides character-set detection; `options.language` helps it. */
export type FileImporter = (
  fileName: string,
  bytes: Uint8Array,
  options?: { encoding?: string; language?: string },
) => Promise<ImportPreview>;

/** Reads a fact-check feed file; refusals are FactCheckFeedError, or ImportError from the worker. */
export type FactCheckFeedReader = (fileName: string, bytes: Uint8Array) => Promise<ParsedFeed>;

export interface WorkbenchDeps {
  store: Store;
  /** Archived copies live in dataDir/archive, next to the database. */
  dataDir: string;
  dbPath: string;
  shell: Shell;
  appVersion: string;
  importFile: FileImporter;
  /** openWorkbench reads feeds in the import worker; without one, in this thread. */
  readFactCheckFeed?: FactCheckFeedReader;
  /** Prints report HTML to PDF: Electron's printToPDF in the app, Chromium elsewhere. */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  clock?: () => Date;
}

export interface WorkbenchContext extends WorkbenchDeps {
  readFactCheckFeed: FactCheckFeedReader;
  now(): string;
  today(): string;
  preferences(): Preferences;
  actor(): string;
  /** Records an audit row; callers run it inside the transaction of the change it describes. */
  audit: AuditWriter;
  /** Changes one thing in a transaction and records what changed (service/mutation.ts). */
  mutation: Mutation;
  /** What mutations change, each with what its audit rows record. */
  entities: AuditedEntities;
}
