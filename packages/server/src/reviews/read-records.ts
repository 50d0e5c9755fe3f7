import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import streamArray from 'stream-json/streamers/stream-array.js';

/** The file formats `importPosts` reads. */
export const IMPORT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One record of the input and where it was: a line number (CSV, JSONL) or an array index (JSON). */
export type SourceRecord =
  | { at: RecordPosition; ok: true; value: Record<string, unknown> }
  | { at: RecordPosition; ok: false; message: string };

export interface RecordPosition {
  kind: 'line' | 'item';
  /** 1-based line number, or 0-based array index. */
  n: number;
}

/**
 * Streams the records of a CSV (header row first), JSON Lines, or JSON array file, one at a time,
 * so a file of any size is read in constant memory. A record that cannot be read is yielded as
 * `ok: false` with its position; a broken file structure (unclosed JSON array) throws.
 */
export async function* readRecords(input: Readable, format: ImportFormat): AsyncGenerator<SourceRecord> {
  try {
    if (format === 'csv') yield* readCsv(input);
    else if (format === 'jsonl') yield* readJsonLines(input);
    else yield* readJsonArray(input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FileFormatError(`the file could not be read as ${format}: ${message}`, { cause: error });
  }
}

/** The file itself is broken (an unclosed quote or array): records before the damage were read. */
export class FileFormatError extends Error {
  override name = 'FileFormatError';
}

async function* readCsv(input: Readable): AsyncGenerator<SourceRecord> {
  const parser = input.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      // A broken quote must not swallow the rest of the file into one field.
      max_record_size: 1_000_000,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, unknown>;
    info: { lines: number; columns: unknown[] | boolean; invalid_field_length: number };
  }>) {
    yield { at: { kind: 'line', n: info.lines }, ok: true, value: record };
  }
}

async function* readJsonLines(input: Readable): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const at = { kind: 'line' as const, n };
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield { at, ok: false, message: 'each line must be a JSON object' };
      } else yield { at, ok: true, value: value as Record<string, unknown> };
    } catch (error) {
      yield {
        at,
        ok: false,
        message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  }
}

async function* readJsonArray(input: Readable): AsyncGenerator<SourceRecord> {
  const items = input.pipe(streamArray.withParserAsStream());
  for await (const { key, value } of items as AsyncIterable<{ key: number; value: unknown }>) {
    const at = { kind: 'item' as const, n: key };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { at, ok: false, message: 'each array item must be a JSON object' };
    } else yield { at, ok: true, value: value as Record<string, unknown> };
  }
}

/** "line 12" or "item 3", for messages. */
export function describePosition(at: RecordPosition): string {
  return `${at.kind} ${at.n}`;
}
