import { LEARNED_LABELS, type LearnedLabel } from '../../coach/learned/labels.js';
import { TECHNIQUE_IDS, type TechniqueId } from '../../coach/types.js';

const INDUSTRIES = ['retail', 'travel', 'banking', 'software', 'utilities'] as const;
const CHANNELS = ['email', 'chat', 'social', 'review'] as const;
const TEXT_FIELDS = ['id', 'reply', 'register', 'customer', 'sentence'] as const;

/** One labelled agent sentence, with its place in its reply. */
export interface AgentSentence {
  id: string;
  reply: string;
  industry: (typeof INDUSTRIES)[number];
  channel: (typeof CHANNELS)[number];
  register: string;
  customer: string;
  sentence: string;
  techniques: TechniqueId[];
  templated: boolean;
  first: boolean;
  last: boolean;
}

export type AgentSentenceSplit = 'train' | 'test';

/** A line that could not be read: which file, which line, what was wrong. */
export interface AgentSentenceProblem {
  file: string;
  line: number;
  message: string;
}

/** Which field of a line is wrong and how, or undefined for a good line. */
function whatIsWrong(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return 'line: not an object';
  const o = json as Record<string, unknown>;
  for (const f of TEXT_FIELDS) if (typeof o[f] !== 'string') return `${f}: not a string`;
  if ((o.sentence as string).trim() === '') return 'sentence: empty';
  if (!INDUSTRIES.includes(o.industry as never)) return `industry: not one of ${INDUSTRIES.join(', ')}`;
  if (!CHANNELS.includes(o.channel as never)) return `channel: not one of ${CHANNELS.join(', ')}`;
  if (!Array.isArray(o.techniques)) return 'techniques: not a list';
  const unknown = o.techniques.find((t) => !TECHNIQUE_IDS.includes(t as never));
  if (unknown !== undefined)
    return `techniques: ${JSON.stringify(unknown)} is not one of ${TECHNIQUE_IDS.join(', ')}`;
  if (typeof o.templated !== 'boolean') return 'templated: not true or false';
  return undefined;
}

/**
 * Reads one JSONL file of the agent-sentences corpus (data/agent-sentences/SPEC.md); malformed
 * lines are reported, not guessed at.
 * @example parseAgentSentences('agent-1.jsonl', text).sentences.length
 */
export function parseAgentSentences(
  file: string,
  source: string,
): { sentences: AgentSentence[]; problems: AgentSentenceProblem[] } {
  const sentences: AgentSentence[] = [];
  const problems: AgentSentenceProblem[] = [];
  source.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      problems.push({ file, line: i + 1, message: `not JSON: ${(e as Error).message}` });
      return;
    }
    const wrong = whatIsWrong(json);
    if (wrong !== undefined) {
      problems.push({ file, line: i + 1, message: wrong });
      return;
    }
    const o = json as Omit<AgentSentence, 'first' | 'last'>;
    sentences.push({ ...o, techniques: [...o.techniques], first: false, last: false });
  });
  sentences.forEach((s, i) => {
    s.first = sentences[i - 1]?.reply !== s.reply;
    s.last = sentences[i + 1]?.reply !== s.reply;
  });
  return { sentences, problems };
}

/**
 * The fixed split of a reply, by its position among the file's replies: every fifth reply is held
 * back (test) for the figures we report. Whole replies stay together, so a held-back sentence
 * never has a sibling in training. (Epochs and thresholds are chosen by cross-validation on train.)
 */
export function agentSentenceSplit(replyIndex: number): AgentSentenceSplit {
  return replyIndex % 5 === 4 ? 'test' : 'train';
}

/** Splits the sentences of one file by reply. */
export function splitAgentSentences(
  sentences: readonly AgentSentence[],
): Record<AgentSentenceSplit, AgentSentence[]> {
  const out: Record<AgentSentenceSplit, AgentSentence[]> = { train: [], test: [] };
  let reply = -1;
  sentences.forEach((s, i) => {
    if (i === 0 || sentences[i - 1]!.reply !== s.reply) reply++;
    out[agentSentenceSplit(reply)].push(s);
  });
  return out;
}

/** The 0/1 target of each learned label for a sentence. */
export function learnedTargets(s: AgentSentence): Uint8Array {
  return Uint8Array.from(LEARNED_LABELS, (l: LearnedLabel) =>
    l === 'templated' ? (s.templated ? 1 : 0) : s.techniques.includes(l) ? 1 : 0,
  );
}
