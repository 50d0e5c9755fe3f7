import { analyze } from '@rapport/engine';
import type { ImportAnalyzer } from '@rapport/server';

/** The analyzer the CLI stores analyses with; the version names the engine that produced them. */
export const CLI_ANALYZER: ImportAnalyzer = { analyze, modelVersion: 'rapport-engine-0.1.0' };
