import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type CsvRow = { line: number; row: Record<string, string> } | { line: number; error: string };

/**
 * Reads a CSV file with a header row as objects keyed by column name, one at a time, with the
 * line each row starts on. A row csv-parse cannot read is reported by line and skipped; an
 * unclosed quote swallows the rest of the file into one bad row, which is reported too.
 */
export async function* csvRows(input: Readable): AsyncGenerator<CsvRow> {
  const skipped: CsvRow[] = [];
  const parser = input.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      raw: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, error: error.message.replace(/ at line \d+/, '') });
  });
  input.on('error', (error) => parser.destroy(error));
  for await (const item of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
    raw: string;
  }>) {
    while (skipped.length > 0) yield skipped.shift() as CsvRow;
    const inner = item.raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
    const newlines = inner.split('\n').length - 1;
    yield { line: item.info.lines - newlines, row: item.record };
  }
  while (skipped.length > 0) yield skipped.shift() as CsvRow;
}
