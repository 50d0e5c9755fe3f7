import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { analyzeCommand } from './analyze.js';
import { coachCommand } from './coach.js';
import { composeCommand } from './compose.js';
import { customerCommand } from './customer.js';
import { importCommand } from './import.js';
import { journeyCommand } from './journey.js';
import { migrateCommand } from './migrate.js';
import { momentsCommand } from './moments.js';
import { reviewsCommand } from './reviews.js';
import { roleplayCommand } from './roleplay.js';
import { serveCommand } from './serve.js';
import { teamCommand } from './team.js';
import { trainCommand } from './train.js';
import { trainCoachCommand } from './train-coach.js';
import { trainIntentCommand } from './train-intent.js';
import { workspaceCommand } from './workspace.js';

/** A CLI verb: builds its commander `Command` for the given context. */
export type CommandFactory = (ctx: CliContext) => Command;

/** Every verb of `rapport`, in the order `rapport --help` lists them. */
export const commands: CommandFactory[] = [
  serveCommand,
  migrateCommand,
  workspaceCommand,
  analyzeCommand,
  trainCommand,
  trainCoachCommand,
  trainIntentCommand,
  composeCommand,
  coachCommand,
  importCommand,
  journeyCommand,
  customerCommand,
  teamCommand,
  reviewsCommand,
  momentsCommand,
  roleplayCommand,
];
