/**
 * Voice of the customer on the server: import public reviews and social posts, and report on
 * them (reasons, trends, what to answer first, public reply drafts).
 */
export {
  buildReviewReport,
  type PriorityEntry,
  type ReviewReport,
  type ReviewReportOptions,
} from './build-report.js';
export {
  COLUMN_ALIASES,
  ColumnError,
  type ColumnMapping,
  POST_FIELDS,
  type PostField,
  parseMappingPairs,
  resolveColumns,
} from './column-mapping.js';
export {
  type ImportOptions,
  type ImportResult,
  importPosts,
  type PostAnalyzer,
  publicPostAnalyzer,
  type RejectedRecord,
} from './import-posts.js';
export { draftPublicReply, type PublicReplyDraft, withoutPersonalSentences } from './public-reply.js';
export { FileFormatError, IMPORT_FORMATS, type ImportFormat } from './read-records.js';
export { REPORT_FORMATS, type ReportFormat, reportToCsv, reportToHtml } from './report-formats.js';
