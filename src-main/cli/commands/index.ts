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
  sourceAddCommand,
  scalesCommand,
  exportCommand,
  profileSetCommand,
  profileShowCommand,
  articleUpdateCommand,
  annotationsImportCommand,
  ...trainingCommands,
  apiCommand,
  backupCommand,
  restoreCommand,
];
