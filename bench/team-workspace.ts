/**
 * A generated support workspace for the team benchmark: agents of varying skill answering
 * customers of varying mood, with realistic text drawn from templates (names, order numbers,
 * amounts and days vary, so no two conversations are the same text).
 */
import { seededRandom } from '@rapport/engine';
import type { WorkspaceScope } from '@rapport/server';

const FIRST = ['Ana', 'James', 'Mei', 'Omar', 'Lena', 'Tom', 'Priya', 'Jonas', 'Sara', 'Diego', 'Ife', 'Kai'];
const ITEMS = ['order', 'parcel', 'refund', 'invoice', 'booking', 'subscription', 'card payment', 'delivery'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Fill = { name: string; item: string; ref: string; amount: string; day: string };

const CUSTOMER_OPENERS: ((f: Fill) => string)[] = [
  (f) =>
    `I was charged TWICE for my ${f.item} #${f.ref}!! This is the third time I'm writing. I want my ${f.amount} back now.`,
  (f) => `My ${f.item} #${f.ref} still hasn't arrived and I need it by ${f.day}. I'm really worried.`,
  (f) => `How do I change the address on my ${f.item} #${f.ref}?`,
  (f) => `I don't understand the ${f.item} you sent me. What does the ${f.amount} charge mean?`,
  (f) =>
    `This is ridiculous. Your service is useless and I'm cancelling my account unless someone fixes ${f.item} #${f.ref} today.`,
  (f) => `My mother passed away last month and I need to close her ${f.item}. I don't know where to start.`,
  (f) => `Thanks so much for sorting out my ${f.item} last week, it arrived on ${f.day}!`,
  (f) => `The ${f.item} #${f.ref} arrived broken. Very disappointed, it was a gift.`,
];
const CUSTOMER_FOLLOW_UPS: ((f: Fill) => string)[] = [
  () => 'Ok, thank you. That is a relief.',
  () => 'That still does not answer my question. Why does this keep happening?',
  (f) => `Fine. Please make sure it is done by ${f.day}.`,
  () => 'Thank you so much, you have been really helpful!',
  () => 'Are you kidding me? This is unacceptable, I want to speak to a manager.',
  () => 'Great, that works for me.',
];
const GOOD_REPLIES: ((f: Fill) => string)[] = [
  (f) =>
    `Hi ${f.name}, I'm so sorry — I can see how frustrating it is to be charged twice for ${f.item} #${f.ref}. I have refunded the duplicate ${f.amount} today; it will be back on your card by ${f.day}. I'll check it has landed and e-mail you either way.`,
  (f) =>
    `Hi ${f.name}, I understand how stressful that is with ${f.day} so close. Your ${f.item} #${f.ref} is at our depot: I can send it by express today, or refund you in full right now. Which would you prefer?`,
  (f) =>
    `Hi ${f.name}, just to confirm: you'd like to change the address on ${f.item} #${f.ref}. Could you send me the new address? I'll update it straight away and confirm by e-mail today.`,
  (f) =>
    `${f.name}, I'm very sorry for your loss. I'll take care of closing the ${f.item} for you: I only need a copy of the certificate, and I'll confirm by ${f.day}. Take all the time you need.`,
];
const POOR_REPLIES: ((f: Fill) => string)[] = [
  () => 'As I already said, please wait for the refund to be processed per our policy.',
  (f) =>
    `Your ticket regarding ${f.item} has been escalated to tier 2. Please refer to our FAQ. We apologise for any inconvenience.`,
  () => 'Calm down. It works fine for other customers, you must have entered the wrong details.',
  (f) => `Thank you for contacting us. The ${f.item} will be processed in due course.`,
];

export interface GenerateOptions {
  agents: number;
  messages: number;
  /** Messages per conversation (half customer, half agent). */
  perConversation?: number;
  start: Date;
  weeks?: number;
  onProgress?: (messages: number) => void;
}

/** Fills `ws` with agents, customers, conversations and messages; returns the agent ids. */
export async function generateWorkspace(ws: WorkspaceScope, options: GenerateOptions): Promise<string[]> {
  // The engine's seeded generator, so every run builds the same workspace.
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const per = options.perConversation ?? 10;
  const weeks = options.weeks ?? 12;
  const agents: { id: string; skill: number }[] = [];
  await ws.transaction(async (tx) => {
    for (let i = 0; i < options.agents; i++) {
      const user = await tx.users.create({
        email: `agent${i}@bench.local`,
        name: `Agent ${String(i).padStart(3, '0')}`,
        role: 'agent',
      });
      agents.push({ id: user.id, skill: 0.2 + 0.75 * (i / Math.max(1, options.agents - 1)) });
    }
  });
  const customers: string[] = [];
  await ws.transaction(async (tx) => {
    for (let i = 0; i < 2000; i++)
      customers.push((await tx.customers.create({ name: `${pick(FIRST)} Customer${i}` })).id);
  });

  const conversations = Math.ceil(options.messages / per);
  let written = 0;
  const batch = 200;
  for (let c = 0; c < conversations; c += batch) {
    await ws.transaction(async (tx) => {
      const messages = [];
      for (let k = c; k < Math.min(conversations, c + batch); k++) {
        const agent = agents[k % agents.length] as { id: string; skill: number };
        const startAt = options.start.getTime() + Math.floor(random() * weeks * 7 * 86_400_000);
        const conversation = await tx.conversations.create({
          channel: random() < 0.5 ? 'email' : 'chat',
          customerId: pick(customers),
          assignedUserId: agent.id,
          createdAt: new Date(startAt).toISOString(),
        });
        const fill: Fill = {
          name: pick(FIRST),
          item: pick(ITEMS),
          ref: String(10000 + Math.floor(random() * 89999)),
          amount: `$${(5 + random() * 300).toFixed(2)}`,
          day: pick(DAYS),
        };
        const count = Math.min(per, options.messages - written - messages.length);
        for (let m = 0; m < count; m++) {
          const customer = m % 2 === 0;
          const body = customer
            ? (m === 0 ? pick(CUSTOMER_OPENERS) : pick(CUSTOMER_FOLLOW_UPS))(fill)
            : (random() < agent.skill ? pick(GOOD_REPLIES) : pick(POOR_REPLIES))(fill);
          messages.push({
            conversationId: conversation.id,
            authorKind: customer ? ('customer' as const) : ('agent' as const),
            authorUserId: customer ? null : agent.id,
            body,
            createdAt: new Date(startAt + m * 7 * 60_000).toISOString(),
          });
        }
      }
      for (let i = 0; i < messages.length; i += 1000)
        await tx.messages.createMany(messages.slice(i, i + 1000));
      written += messages.length;
    });
    options.onProgress?.(written);
  }
  return agents.map((a) => a.id);
}
