import { type ConversationJourney, conversationJourney } from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { WORKSPACE_HELP, withWorkspace } from './open-workspace.js';

/**
 * `rapport journey CONVERSATION_ID [--json]`: the emotional journey of a stored conversation —
 * the customer's mood turn by turn, the peak and the end, what each agent reply did, how they
 * will likely remember it and the risk now. The id may be `source:external-id` (`zendesk:48213`).
 */
export function journeyCommand(ctx: CliContext): Command {
  return new Command('journey')
    .description('show how a conversation felt to the customer, turn by turn, and how they will remember it')
    .argument('<conversation>', 'conversation id, or source:external-id such as zendesk:48213')
    .option('--json', 'print the journey as JSON')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((ref: string, flags: { json?: boolean; workspace?: string }) =>
      withWorkspace(ctx, flags.workspace, async (scope) => {
        const result = await conversationJourney(scope, ref);
        if (!result) throw new Error(`no conversation ${ref} in this workspace`);
        ctx.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderJourney(result));
      }),
    );
}

export function renderJourney({ conversation, messages, journey }: ConversationJourney): string {
  const name = conversation.external
    ? `${conversation.external.source}:${conversation.external.id}`
    : conversation.id;
  const lines = [
    `Conversation ${name}${conversation.subject ? ` “${conversation.subject}”` : ''} (${conversation.status}, ${conversation.channel})`,
    '',
  ];
  const turnOf = new Map(journey.turns.map((t) => [t.messageId, t]));
  const replyOf = new Map(journey.replies.map((r) => [r.replyId, r]));
  for (const m of messages) {
    const when = m.createdAt.slice(0, 16).replace('T', ' ');
    const text = snippet(m.body);
    const turn = turnOf.get(m.id);
    const reply = replyOf.get(m.id);
    if (turn) {
      const marks = [turn === journey.peak ? 'peak' : '', turn === journey.end ? 'end' : ''].filter(Boolean);
      lines.push(
        `${when}  customer  ${moodBar(turn.mood)} ${signed(turn.mood)} ${(turn.emotion ?? '').padEnd(14)} ${text}${marks.length ? `  ← ${marks.join(', ')}` : ''}`,
      );
    } else if (reply) {
      const change = reply.change === null ? '' : ` (${signed(reply.change)})`;
      lines.push(`${when}  agent     ${`${reply.effect}${change}`.padEnd(37)} ${text}`);
    } else {
      lines.push(`${when}  ${m.authorKind.padEnd(8)}  ${''.padEnd(37)} ${text}`);
    }
  }
  const r = journey.remembered;
  lines.push('', `Remembered: ${r.label} (${signed(r.score)}). ${r.message}`);
  const risk = journey.risk;
  lines.push(
    `Risk now: escalation ${percent(risk.escalation)}, churn ${percent(risk.churn)}${risk.reasons.length ? ` — ${risk.reasons.join('; ')}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

/** A bar from -1 (all left) to +1 (all right) around a centre mark. */
function moodBar(mood: number): string {
  const cells = Math.round(Math.abs(mood) * 5);
  const left = mood < 0 ? `${' '.repeat(5 - cells)}${'▇'.repeat(cells)}` : ' '.repeat(5);
  const right = mood > 0 ? `${'▇'.repeat(cells)}${' '.repeat(5 - cells)}` : ' '.repeat(5);
  return `${left}|${right}`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
}
