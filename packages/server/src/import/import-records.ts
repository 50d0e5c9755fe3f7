import { type Analysis, extractFacts, mergeFacts } from '@rapport/engine';
import { redactSecrets } from '../privacy/index.js';
import type {
  BatchResult,
  ChangedMessage,
  ImportBatch,
  ImportConversationRow,
  WorkspaceScope,
  WriteCounts,
} from '../storage/index.js';
import type { ImportRecord, ReadItem } from './import-record.js';

/** Reads customer messages; the model version is stored beside each analysis. */
export interface ImportAnalyzer {
  analyze(text: string): Analysis;
  modelVersion: string;
}

export interface ImportProgress {
  records: number;
  messages: number;
  problems: number;
}

export interface ImportRecordsOptions {
  /** The name stored as each row's external source, e.g. `zendesk`; external ids are unique per source. */
  source: string;
  analyzer: ImportAnalyzer;
  /** Replace card numbers and similar secrets before storing (default: the workspace's setting). */
  redactCardNumbers?: boolean;
  /** Messages per transaction (default 500). */
  batchSize?: number;
  /** How many problems the summary lists in full (default 1000); the rest are only counted. */
  maxProblems?: number;
  /** Called after every batch. */
  onProgress?: (progress: ImportProgress) => void;
}

/** A row that was skipped, and why. */
export interface ImportProblem {
  line: number;
  problem: string;
}

export interface ImportSummary {
  source: string;
  /** Conversations read from the file (including skipped ones). */
  records: number;
  customers: WriteCounts;
  conversations: WriteCounts;
  messages: WriteCounts;
  /** Customer messages analysed and stored with their analysis (new or changed ones). */
  analysed: number;
  /** Customer facts created or updated. */
  facts: number;
  /** Card numbers and other secrets replaced before storage. */
  redacted: number;
  skipped: number;
  problems: ImportProblem[];
}

/**
 * The one upsert pipeline behind every importer: records in (from any reader), batched; each
 * batch is redacted, upserted, its new or changed customer messages analysed and their facts
 * remembered, all in one transaction. A batch that fails is retried record by record so only the
 * bad records are skipped, each reported with its line. Nothing already stored is deleted.
 * @example const summary = await importRecords(scope, readRecords(stream, 'zendesk'), { source: 'zendesk', analyzer });
 */
export async function importRecords(
  scope: WorkspaceScope,
  items: AsyncIterable<ReadItem>,
  options: ImportRecordsOptions,
): Promise<ImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const maxProblems = options.maxProblems ?? 1000;
  const redact = options.redactCardNumbers ?? (await scope.privacy.settings()).redactCardNumbers;
  const summary: ImportSummary = {
    source: options.source,
    records: 0,
    customers: zero(),
    conversations: zero(),
    messages: zero(),
    analysed: 0,
    facts: 0,
    redacted: 0,
    skipped: 0,
    problems: [],
  };
  let messagesRead = 0;
  // Customers and conversations can span batches (a CSV row per message): each is counted once,
  // by what happened to it over the whole import.
  const outcomes = { customers: new Map<string, RowOutcome>(), conversations: new Map<string, RowOutcome>() };
  const report = (line: number, problem: string) => {
    summary.skipped++;
    if (summary.problems.length < maxProblems) summary.problems.push({ line, problem });
  };
  const progress = () =>
    options.onProgress?.({ records: summary.records, messages: messagesRead, problems: summary.skipped });

  let pending: ImportRecord[] = [];
  let pendingMessages = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const records = pending;
    pending = [];
    pendingMessages = 0;
    try {
      add(summary, outcomes, await writeRecords(scope, records, options, redact));
    } catch {
      // Find the bad records: each alone, so one bad ticket costs only itself.
      for (const record of records) {
        try {
          add(summary, outcomes, await writeRecords(scope, [record], options, redact));
        } catch (error) {
          report(record.line, describeFailure(error));
        }
      }
    }
    progress();
  };

  for await (const item of items) {
    if ('problem' in item) {
      summary.records++;
      report(item.line, item.problem);
      continue;
    }
    summary.records++;
    messagesRead += item.record.messages.length;
    pending.push(item.record);
    pendingMessages += item.record.messages.length;
    if (pendingMessages >= batchSize) await flush();
  }
  await flush();
  for (const key of ['customers', 'conversations'] as const) {
    for (const outcome of outcomes[key].values()) summary[key][outcome]++;
  }
  return summary;
}

type RowOutcome = keyof WriteCounts;
const RANK: Record<RowOutcome, number> = { unchanged: 0, updated: 1, created: 2 };

interface BatchOutcome {
  batch: ImportBatch;
  result: BatchResult;
  analysed: number;
  facts: number;
  redacted: number;
}

async function writeRecords(
  scope: WorkspaceScope,
  records: readonly ImportRecord[],
  options: ImportRecordsOptions,
  redact: boolean,
): Promise<BatchOutcome> {
  let redacted = 0;
  const batch = toBatch(options.source, records, (body) => {
    if (!redact) return body;
    const result = redactSecrets(body);
    redacted += result.redacted;
    return result.text;
  });
  return scope.transaction(async (tx) => {
    const result = await tx.importBatches.write(batch);
    const customerMessages = result.changedMessages.filter((m) => m.authorKind === 'customer');
    await tx.importBatches.saveAnalyses(
      customerMessages.map((m) => ({
        messageId: m.id,
        modelVersion: options.analyzer.modelVersion,
        analysis: options.analyzer.analyze(m.body) as unknown as Record<string, unknown>,
      })),
    );
    const facts = await rememberFacts(tx, customerMessages);
    return { batch, result, analysed: customerMessages.length, facts, redacted };
  });
}

async function rememberFacts(tx: WorkspaceScope, messages: readonly ChangedMessage[]): Promise<number> {
  const byCustomer = new Map<string, ReturnType<typeof factsOf>>();
  for (const m of messages) {
    if (m.customerId === null) continue;
    const facts = factsOf(m);
    if (facts.length === 0) continue;
    byCustomer.set(m.customerId, [...(byCustomer.get(m.customerId) ?? []), ...facts]);
  }
  if (byCustomer.size === 0) return 0;
  const stored = await tx.customerFacts.listByCustomers([...byCustomer.keys()]);
  const storedBy = new Map<string, typeof stored>();
  for (const f of stored) storedBy.set(f.customerId, [...(storedBy.get(f.customerId) ?? []), f]);
  const changed = [...byCustomer].flatMap(([customerId, incoming]) =>
    mergeFacts(storedBy.get(customerId) ?? [], incoming).map((fact) => ({ ...fact, customerId })),
  );
  // One statement for the whole batch: a statement per customer cost more than the facts themselves.
  return changed.length === 0 ? 0 : (await tx.customerFacts.saveMany(changed)).length;
}

function factsOf(m: ChangedMessage) {
  return extractFacts(m.body).map((fact) => ({ fact, source: { messageId: m.id, at: m.createdAt } }));
}

/** One batch from records: each row once, a conversation spanning all its rows' times. */
function toBatch(
  source: string,
  records: readonly ImportRecord[],
  clean: (body: string) => string,
): ImportBatch {
  const customers = new Map<string, NonNullable<ImportRecord['customer']>>();
  const conversations = new Map<string, ImportConversationRow>();
  const messages: ImportBatch['messages'][number][] = [];
  for (const r of records) {
    if (r.customer) customers.set(r.customer.externalId, r.customer);
    const seen = conversations.get(r.conversation.externalId);
    conversations.set(r.conversation.externalId, seen ? spanOf(seen, r.conversation) : r.conversation);
    for (const m of r.messages) messages.push({ ...m, body: clean(m.body) });
  }
  return { source, customers: [...customers.values()], conversations: [...conversations.values()], messages };
}

function spanOf(a: ImportConversationRow, b: ImportConversationRow): ImportConversationRow {
  const earliest = [a.createdAt, b.createdAt].filter((t): t is string => !!t).sort()[0];
  const latest = [a.updatedAt, b.updatedAt]
    .filter((t): t is string => !!t)
    .sort()
    .at(-1);
  return {
    ...b,
    ...(earliest !== undefined && { createdAt: earliest }),
    ...(latest !== undefined && { updatedAt: latest }),
  };
}

function add(
  summary: ImportSummary,
  outcomes: Record<'customers' | 'conversations', Map<string, RowOutcome>>,
  outcome: BatchOutcome,
) {
  summary.messages.created += outcome.result.messages.created;
  summary.messages.updated += outcome.result.messages.updated;
  summary.messages.unchanged += outcome.result.messages.unchanged;
  for (const key of ['customers', 'conversations'] as const) {
    const created = new Set(outcome.result.written[key].created);
    const updated = new Set(outcome.result.written[key].updated);
    for (const row of outcome.batch[key]) {
      const now: RowOutcome = created.has(row.externalId)
        ? 'created'
        : updated.has(row.externalId)
          ? 'updated'
          : 'unchanged';
      const before = outcomes[key].get(row.externalId);
      if (before === undefined || RANK[now] > RANK[before]) outcomes[key].set(row.externalId, now);
    }
  }
  summary.analysed += outcome.analysed;
  summary.facts += outcome.facts;
  summary.redacted += outcome.redacted;
}

function describeFailure(error: unknown): string {
  if (error && typeof error === 'object' && 'details' in error) {
    const issue = (error as { details: { issues?: { path: string; message: string }[] } }).details
      .issues?.[0];
    if (issue) return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function zero(): WriteCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}
