import type { Readable } from 'node:stream';
import { type Analysis, createEngine, PUBLIC_POST_LEXICON } from '@rapport/engine';
import type {
  PublicPostCounts,
  PublicPostInput,
  StoredPostFields,
  WorkspaceScope,
} from '../storage/index.js';
import { type ColumnMapping, resolveColumns } from './column-mapping.js';
import { describePosition, type ImportFormat, readRecords } from './read-records.js';
import { type FieldProblem, type ImportedPost, toPost } from './to-post.js';

/** Reads posts; the server passes one built with the public-post lexicon. */
export interface PostAnalyzer {
  analyze(text: string): Analysis;
  modelVersion: string;
}

/** The engine with the cues that matter in public (warning others off, posting everywhere). */
export function publicPostAnalyzer(): PostAnalyzer {
  const engine = createEngine({ lexicon: PUBLIC_POST_LEXICON });
  return { analyze: (text) => engine.analyze(text), modelVersion: 'rapport-engine-0.1.0+public-posts' };
}

export interface ImportOptions {
  format: ImportFormat;
  /** The source for rows that do not name one (`--source trustpilot`). */
  source?: string;
  /** Columns to use instead of the usual names (`--map text=Review Body`). */
  mapping?: ColumnMapping;
  analyzer?: PostAnalyzer;
  /** Rows written per transaction. */
  batchSize?: number;
  /** Called after each batch is stored, with the running totals. */
  onProgress?: (progress: { read: number; stored: number; rejected: number }) => void;
}

/** A record that was not imported, where it was, and why. */
export interface RejectedRecord {
  /** `line 12` (CSV, JSONL) or `item 3` (JSON array). */
  at: string;
  problems: FieldProblem[] | Array<{ field: 'record'; message: string }>;
}

export interface ImportResult extends PublicPostCounts {
  read: number;
  rejected: number;
  /** The first 100 rejected records; `rejected` counts them all. */
  rejections: RejectedRecord[];
}

/**
 * Streams a file of public posts into the workspace: each record is checked, analysed and stored
 * in batches (each batch all or nothing). Bad records are reported with their line and field and
 * skipped; the rest are stored. Importing the same file again creates nothing new.
 * @example await importPosts(scope, createReadStream('reviews.csv'), { format: 'csv', source: 'trustpilot' })
 */
export async function importPosts(
  scope: WorkspaceScope,
  input: Readable,
  options: ImportOptions,
): Promise<ImportResult> {
  const analyzer = options.analyzer ?? publicPostAnalyzer();
  const batchSize = options.batchSize ?? 500;
  const result: ImportResult = { read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
  const reject = (rejected: RejectedRecord) => {
    result.rejected++;
    if (result.rejections.length < 100) result.rejections.push(rejected);
  };
  let batch: ImportedPost[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // Analysis is most of an import's cost: posts stored as they are now are not read again.
    const stored = new Map(
      (await scope.publicPosts.findByKeys(batch)).map((p) => [`${p.source}\u0000${p.externalKey}`, p]),
    );
    const changed: PublicPostInput[] = [];
    for (const post of batch) {
      const before = stored.get(`${post.source}\u0000${post.externalKey}`);
      if (before && sameAsStored(post, before, analyzer.modelVersion)) result.unchanged++;
      else
        changed.push({ ...post, modelVersion: analyzer.modelVersion, analysis: analyzer.analyze(post.text) });
    }
    const counts = await scope.publicPosts.upsertMany(changed);
    result.created += counts.created;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
    batch = [];
    options.onProgress?.({
      read: result.read,
      stored: result.created + result.updated + result.unchanged,
      rejected: result.rejected,
    });
  };

  let csvMapping: ColumnMapping | undefined;
  for await (const record of readRecords(input, options.format)) {
    result.read++;
    const at = describePosition(record.at);
    if (!record.ok) {
      reject({ at, problems: [{ field: 'record', message: record.message }] });
      continue;
    }
    let mapping: ColumnMapping;
    if (options.format === 'csv') {
      // A CSV's columns are known from its header: a missing text or date column stops the import.
      csvMapping ??= resolveColumns(Object.keys(record.value), options.mapping);
      mapping = csvMapping;
    } else {
      try {
        mapping = resolveColumns(Object.keys(record.value), options.mapping);
      } catch (error) {
        reject({ at, problems: [{ field: 'record', message: (error as Error).message }] });
        continue;
      }
    }
    const read = toPost(record.value, mapping, options.source);
    if (!read.ok) {
      reject({ at, problems: read.problems });
      continue;
    }
    batch.push(read.post);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return result;
}

function sameAsStored(post: ImportedPost, stored: StoredPostFields, modelVersion: string): boolean {
  return (
    stored.text === post.text &&
    stored.author === post.author &&
    stored.rating === post.rating &&
    stored.postedAt === post.postedAt &&
    stored.url === post.url &&
    stored.reach === post.reach &&
    stored.modelVersion === modelVersion
  );
}
