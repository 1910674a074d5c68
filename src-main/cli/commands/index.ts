import type { Command } from '../Command';
import { apiCommand } from './apiCommand';
import { annotationsImportCommand, articleUpdateCommand } from './anchoringCommands';
import { articlesCommand } from './articlesCommand';
import { backupCommand, restoreCommand } from './backupCommands';
import { exportCommand } from './exportCommand';
import { claimAddCommand, claimRmCommand, claimSetCommand } from './claimCommands';
import { importCommand } from './importCommand';
import { profileSetCommand, profileShowCommand } from './profileCommands';
import { scalesCommand } from './scalesCommand';
import { claimSimilarCommand, factChecksImportCommand, searchCommand } from './searchCommands';
import { showCommand } from './showCommand';
import { sourceAddCommand } from './sourceAddCommand';
import { trainingCommands } from './trainingCommands';

export const commands: readonly Command[] = [
  importCommand,
  articlesCommand,
  showCommand,
  claimAddCommand,
  claimSetCommand,
  claimRmCommand,
  claimSimilarCommand,
  sourceAddCommand,
  scalesCommand,
  exportCommand,
  profileSetCommand,
  profileShowCommand,
  searchCommand,
  factChecksImportCommand,
  articleUpdateCommand,
  annotationsImportCommand,
  ...trainingCommands,
  apiCommand,
  backupCommand,
  restoreCommand,
];
