import { once } from 'node:events';
import type { WriteStream } from 'node:fs';

// Words that make a realistic mix: angry, anxious, grateful and neutral customers, polite agents,
// some facts to remember (preferences, plans, people, deadlines) and the odd card number.
const CUSTOMER = [
  'I was charged twice for order {n} and nobody answers the phone!',
  'My parcel still has not arrived. I need it by Friday for my daughter Emma.',
  'Thanks so much, that fixed it.',
  'Please email me rather than call, I am travelling this week.',
  'This is the third time I am writing. If this is not fixed I will cancel my subscription.',
  'I am on the Pro plan and the export keeps failing with error 500.',
  'Can you tell me when my refund will arrive? My card 4111 1111 1111 1111 shows the charge.',
  'We are moving house next month, please update my address.',
  'Brilliant service, thank you Anna!',
  'ok',
];
const AGENT = [
  'I am so sorry about this. I have refunded the duplicate charge just now.',
  'Thanks for your patience. The courier confirms delivery tomorrow before noon.',
  'I have updated your contact preference to email.',
  'As I said, please clear your cache and try again.',
  'Happy to help. Is there anything else I can do?',
];

/** Writes `messages` generic-format rows, five per conversation, alternating customer and agent. */
export async function writeExport(out: WriteStream, messages: number): Promise<void> {
  const start = Date.parse('2026-01-05T08:00:00Z');
  let lines: string[] = [];
  for (let i = 0; i < messages; i++) {
    const conversation = Math.floor(i / 5);
    const turn = i % 5;
    const customer = conversation % 40_000;
    const fromCustomer = turn % 2 === 0;
    const bank = fromCustomer ? CUSTOMER : AGENT;
    const body = (bank[(conversation * 7 + turn * 3) % bank.length] as string).replace(
      '{n}',
      String(10_000 + i),
    );
    lines.push(
      JSON.stringify({
        conversation_id: `c${conversation}`,
        message_id: `m${i}`,
        author: fromCustomer ? 'customer' : 'agent',
        body,
        created_at: new Date(start + conversation * 60_000 + turn * 5_000).toISOString(),
        customer_id: `u${customer}`,
        customer_name: `Customer ${customer}`,
        channel: conversation % 3 === 0 ? 'chat' : 'email',
        status: turn === 4 ? 'solved' : 'open',
      }),
    );
    if (lines.length === 2000) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}
