import type { Readable } from 'node:stream';
import { mapFreshdeskTicket } from '../formats/freshdesk.js';
import { mapGenericRow } from '../formats/generic-row.js';
import { mapIntercomConversation } from '../formats/intercom.js';
import { mapZendeskTicket } from '../formats/zendesk.js';
import type { ReadItem, RecordMapper } from '../import-record.js';
import { csvRows } from './csv-rows.js';
import { jsonItems } from './json-items.js';

export const HELP_DESK_FORMATS = ['zendesk', 'freshdesk', 'intercom', 'csv', 'jsonl'] as const;
export type HelpDeskFormat = (typeof HELP_DESK_FORMATS)[number];

// How each help desk wraps its list: `{"tickets": [...]}`, `[...]`, `{"conversations": [...]}`;
// JSON Lines of the same records work for every format.
const JSON_FORMATS: Record<Exclude<HelpDeskFormat, 'csv'>, { keys: string[]; map: RecordMapper }> = {
  zendesk: { keys: ['tickets'], map: mapZendeskTicket },
  freshdesk: { keys: ['tickets'], map: mapFreshdeskTicket },
  intercom: { keys: ['conversations'], map: mapIntercomConversation },
  jsonl: { keys: [], map: mapGenericRow },
};

/**
 * Reads an export one record at a time (constant memory, whatever the file's size), mapping each
 * to a conversation with its customer and messages, or to a problem with its line number.
 * @example for await (const item of readRecords(createReadStream(file), 'zendesk')) ...
 */
export async function* readRecords(input: Readable, format: HelpDeskFormat): AsyncGenerator<ReadItem> {
  if (format === 'csv') {
    for await (const item of csvRows(input)) {
      if ('error' in item) yield { line: item.line, problem: item.error };
      else yield withLine(item.line, mapGenericRow(item.row));
    }
    return;
  }
  const { keys, map } = JSON_FORMATS[format];
  input.setEncoding('utf8');
  for await (const item of jsonItems(input as AsyncIterable<string>, keys)) {
    if ('error' in item) {
      yield { line: item.line, problem: item.error };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (error) {
      yield { line: item.line, problem: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    yield withLine(item.line, map(value));
  }
}

function withLine(line: number, mapped: ReturnType<RecordMapper>): ReadItem {
  return 'problem' in mapped ? { line, problem: mapped.problem } : { record: { line, ...mapped } };
}
