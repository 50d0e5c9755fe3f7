export { htmlToText } from './html-to-text.js';
export { type ImportFileOptions, type ImportFileProgress, importFile } from './import-file.js';
export type { ImportRecord, ReadItem } from './import-record.js';
export {
  type ImportAnalyzer,
  type ImportProblem,
  type ImportProgress,
  type ImportRecordsOptions,
  type ImportSummary,
  importRecords,
} from './import-records.js';
export { HELP_DESK_FORMATS, type HelpDeskFormat, readRecords } from './readers/read-records.js';
