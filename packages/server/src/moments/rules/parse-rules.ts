import type { MomentRuleSet } from '@rapport/engine';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { RulesFormat } from '../../storage/index.js';
import { ruleSetSchema } from './rules-schema.js';

/** One thing wrong with a rules document: where (path and, when known, line) and what. */
export interface RulesProblem {
  /** `rules[2].trigger.kind`; empty for the document as a whole. */
  path: string;
  line?: number;
  message: string;
}

export type ParsedRules = { ok: true; ruleSet: MomentRuleSet } | { ok: false; problems: RulesProblem[] };

/**
 * Reads and validates a rules document. Every problem is reported, each with its path and line,
 * so a person can fix them all in one go.
 * @example
 * const parsed = parseRules(readFileSync('moments.yaml', 'utf8'), 'yaml');
 * if (!parsed.ok) console.error(formatRulesProblems(parsed.problems));
 */
export function parseRules(source: string, format: RulesFormat): ParsedRules {
  const read = format === 'json' ? readJson(source) : readYaml(source);
  if ('problems' in read) return { ok: false, problems: read.problems };
  const result = ruleSetSchema.safeParse(read.value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const line = read.lineOf(issue.path);
        return {
          path: formatPath(issue.path),
          ...(line !== undefined && { line }),
          message: issue.message,
        };
      }),
    };
  }
  const doc = result.data;
  return {
    ok: true,
    ruleSet: {
      defaultTimeZone: doc.defaultTimeZone,
      maxPerCustomerPerMonth: doc.maxPerCustomerPerMonth,
      eventLookbackDays: doc.eventLookbackDays,
      rules: doc.rules.map((r) => ({
        ...r,
        name: r.name ?? r.id,
        timing: {
          localHour: r.timing.localHour,
          sendBetween: r.timing.sendBetween,
          delayHours: r.timing.delayHours,
          ...(r.timing.expiresAfterHours !== undefined && { expiresAfterHours: r.timing.expiresAfterHours }),
        },
      })),
    },
  };
}

/** `format` from a file name: `.json` is JSON, anything else YAML (YAML also reads JSON). */
export function rulesFormatOf(fileName: string): RulesFormat {
  return fileName.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
}

/** Problems as lines a person reads: `line 12, rules[2].trigger.kind: kind must be one of ...`. */
export function formatRulesProblems(problems: readonly RulesProblem[]): string {
  return problems
    .map(
      (p) =>
        `  ${[p.line !== undefined ? `line ${p.line}` : '', p.path].filter(Boolean).join(', ') || 'document'}: ${p.message}`,
    )
    .join('\n');
}

type Read =
  | { value: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { problems: RulesProblem[] };

function readYaml(source: string): Read {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        path: '',
        line: lineCounter.linePos(e.pos[0]).line,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  return {
    value: doc.toJS() ?? {},
    lineOf: (path) => {
      // Point at the deepest part of the path that exists (a missing key's parent, for instance).
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

function readJson(source: string): Read {
  try {
    return { value: JSON.parse(source), lineOf: () => undefined };
  } catch (error) {
    return {
      problems: [
        { path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}
