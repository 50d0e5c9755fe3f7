/**
 * Turns chosen moves into the text of one reply: greeting, paragraphs (lead, body, close), the
 * public length limit, and the sign-off.
 */
import type { Picked } from './pick-phrases.js';
import type { Plan } from './plans.js';
import type { BuiltReply, ReplyContext } from './reply-context.js';
import type { Move, MoveId } from './types.js';

const LEAD_GROUP: ReadonlySet<MoveId> = new Set([
  'acknowledge',
  'paraphrase',
  'question',
  'apology',
  'ownership',
  'reassurance',
  'urgency',
]);
/** Words a public reply stays under: long enough to be human, short enough for a public thread. */
const PUBLIC_MAX_WORDS = 70;

export type Picks = Partial<Record<MoveId, Picked[]>>;

function lowerFirst(text: string): string {
  return /^I\b|^I'/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Builds reply `i` of a set from its plan and the phrasings picked for it. */
export function assemble(
  ctx: ReplyContext,
  plan: Plan,
  i: number,
  picks: Picks,
  greetings: Picked[][],
  styles: string[],
  /** Whether this reply's close runs on in the last paragraph instead of standing alone. */
  joinClose = false,
): BuiltReply {
  let moves: Move[] = [];
  for (const id of plan) {
    const picked = picks[id]?.[i];
    if (picked) moves.push({ id, phrase: picked.id, text: picked.text });
  }
  if (ctx.channel === 'public') {
    // A public reply stays short: drop the close, then the paraphrase, until it fits.
    for (const drop of ['close', 'paraphrase'] as const) {
      // Three words of headroom for the greeting that is added below.
      if (wordCount(moves.map((m) => m.text).join(' ')) + 3 <= PUBLIC_MAX_WORDS) break;
      moves = moves.filter((m) => m.id !== drop);
    }
  }
  const style = styles[i] ?? 'inline';
  const [lineGreetings, inlineGreetings] = greetings;
  const paragraphs: string[][] = [];
  let current: string[] = [];
  // Paragraphs only move forward (lead → body → close): a lead move after the body joins the body.
  let group = -1;
  for (const move of moves) {
    const rank = move.id === 'close' ? (joinClose && group === 1 ? 1 : 2) : LEAD_GROUP.has(move.id) ? 0 : 1;
    const g = Math.max(group, rank);
    if (move.id === 'steps' || (group !== -1 && g !== group && ctx.channel === 'email')) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    }
    current.push(move.text);
    if (move.id === 'steps') {
      paragraphs.push(current);
      current = [];
    }
    group = g;
  }
  if (current.length > 0) paragraphs.push(current);
  const out: Move[] = [];
  const first = paragraphs[0];
  if (style === 'inline' && first && first.length > 0) {
    const greeting = inlineGreetings?.[i];
    if (greeting) {
      const opening = first[0] as string;
      first[0] = greeting.text.endsWith('! ') ? greeting.text + opening : greeting.text + lowerFirst(opening);
      out.push({ id: 'greeting', phrase: greeting.id, text: greeting.text.trim() });
    }
  }
  // E-mail keeps paragraphs; chat runs on, except that a numbered list keeps its own lines.
  const joined = paragraphs.map((p) => p.join(' '));
  let text = joined[0] ?? '';
  for (let k = 1; k < joined.length; k++) {
    const list = joined[k]!.includes('\n') || joined[k - 1]!.includes('\n');
    text += (ctx.channel === 'email' ? '\n\n' : list ? '\n' : ' ') + joined[k];
  }
  if (style === 'line') {
    const greeting = lineGreetings?.[i];
    if (greeting) {
      text = `${greeting.text}\n\n${text}`;
      out.push({ id: 'greeting', phrase: greeting.id, text: greeting.text });
    }
  }
  out.push(...moves);
  const signoff = picks.signoff?.[i];
  if (signoff) {
    text = `${text}\n\n${signoff.text}`;
    out.push({ id: 'signoff', phrase: signoff.id, text: signoff.text });
  }
  return { text, moves: out };
}
