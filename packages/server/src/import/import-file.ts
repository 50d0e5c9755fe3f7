import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import type { WorkspaceScope } from '../storage/index.js';
import {
  type ImportProgress,
  type ImportRecordsOptions,
  type ImportSummary,
  importRecords,
} from './import-records.js';
import { type HelpDeskFormat, readRecords } from './readers/read-records.js';

export interface ImportFileOptions extends Omit<ImportRecordsOptions, 'source' | 'onProgress'> {
  format: HelpDeskFormat;
  /** The external source stored with each row (default: the format's name). */
  source?: string;
  onProgress?: (progress: ImportFileProgress) => void;
}

export interface ImportFileProgress extends ImportProgress {
  bytesRead: number;
  totalBytes: number;
}

/**
 * Imports a help-desk export file into a workspace, streaming it (constant memory): the summary
 * counts what was created, updated and left unchanged, and lists skipped rows by line.
 * @example await importFile(store.forWorkspace(id), 'tickets.json', { format: 'zendesk', analyzer })
 */
export async function importFile(
  scope: WorkspaceScope,
  file: string,
  options: ImportFileOptions,
): Promise<ImportSummary> {
  const { size } = await stat(file);
  let bytesRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  const source = createReadStream(file, { highWaterMark: 256 * 1024 });
  source.on('error', (error) => counter.destroy(error));
  const input = source.pipe(counter);
  const { format, onProgress, ...rest } = options;
  return importRecords(scope, readRecords(input, format), {
    ...rest,
    source: options.source ?? format,
    ...(onProgress && {
      onProgress: (p: ImportProgress) => onProgress({ ...p, bytesRead, totalBytes: size }),
    }),
  });
}
