import { dirname, resolve } from 'node:path';
import { createDispatcher } from '../contract/dispatch';
import type { Handlers } from '../contract/methods';
import type { Store } from '../store/openStore';
import { openStore } from '../store/openStore';
import type { Shell } from './WorkbenchContext';
import { createWorkbench } from './createWorkbench';
import { outputChecksWanted } from './outputChecksWanted';
import { createFileImporter } from './importFile';
import { createFactCheckFeedReader } from './readFactCheckFeed';
import type { ImportJobLimits } from '../jobs/runImportJob';
import { withStorageErrors } from './withStorageErrors';
import { renderPdfWithChromium } from '../pdf/renderPdfWithChromium';

export interface OpenWorkbenchOptions {
  dbPath: string;
  shell: Shell;
  appVersion: string;
  nativeBinding?: string;
  clock?: () => Date;
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** Check every result against the contract; outputChecksWanted() when left out. */
  checkOutputs?: boolean;
  /** Time and memory for each file import (the worker's limits); defaults in runImportJob. */
  importLimits?: Partial<ImportJobLimits>;
}

export interface OpenedWorkbench {
  store: Store;
  handlers: Handlers;
  dispatch: ReturnType<typeof createDispatcher>;
  dbPath: string;
  dataDir: string;
  close(): void;
}

/** How every shell (Electron, the host, the CLI, the tests) builds the same workbench. */
export function openWorkbench(options: OpenWorkbenchOptions): OpenedWorkbench {
  const dbPath = resolve(options.dbPath);
  const dataDir = dirname(dbPath);
  const store = openStore(dbPath, { nativeBinding: options.nativeBinding });
  const handlers = createWorkbench({
    store,
    dataDir,
    dbPath,
    shell: options.shell,
    appVersion: options.appVersion,
    // A one-shot CLI run would only waste the spare worker's start-up.
    importFile: createFileImporter(options.importLimits, options.shell !== 'cli'),
    readFactCheckFeed: createFactCheckFeedReader(options.importLimits, options.shell !== 'cli'),
    clock: options.clock,
    renderPdf: options.renderPdf ?? renderPdfWithChromium,
  });
  return {
    store,
    handlers,
    dispatch: createDispatcher(withStorageErrors(handlers, dataDir), {
      checkOutputs: options.checkOutputs ?? outputChecksWanted(),
    }),
    dbPath,
    dataDir,
    close: () => store.close(),
  };
}
