import { type Analysis, compose, findPersonalData, stripPersonalData } from '@rapport/engine';

/** A reply fit for a public page, and what was done to keep it so. */
export interface PublicReplyDraft {
  text: string;
  /** The coach's score of the draft, 0..100. */
  coachScore: number;
  /** Personal data found in the composed draft and removed (kinds only, never the values). */
  removed: Array<'email' | 'phone' | 'order_number'>;
}

/**
 * Drafts a public reply to a review or post: short, warm, inviting the customer to a private
 * channel. Personal data is stripped from the post before composing and the draft is checked
 * again after, so no e-mail address, phone number or order number reaches a public page.
 * @example draftPublicReply({ text: 'Order #48213 never came!', analysis }).text
 */
export function draftPublicReply(post: { text: string; analysis?: Analysis }, seed = 0): PublicReplyDraft {
  const customer = withoutPersonalSentences(post.text);
  const result = compose({
    customer,
    channel: 'public',
    seed,
    // The stored analysis was read from the full text; it holds no personal data itself.
    ...(post.analysis !== undefined && { analysis: post.analysis }),
  });
  const found = findPersonalData(result.draft.text);
  return {
    text: found.length === 0 ? result.draft.text : stripPersonalData(result.draft.text),
    coachScore: result.draft.coach.score,
    removed: found.map((f) => f.kind),
  };
}

const MARK = '\u0001';

/**
 * The post without the sentences that carry personal data ("Order number 48213977.", "Email me
 * at ..."): a public reply has no use for them, and half a sentence ("order number") reads badly.
 */
export function withoutPersonalSentences(text: string): string {
  let marked = text;
  for (const found of findPersonalData(text).reverse()) {
    marked = marked.slice(0, found.start) + MARK + marked.slice(found.start + found.text.length);
  }
  // Sentence ends, except the dot of "no." in "Order no. 1234".
  const sentences = marked.split(/(?<=[.!?])(?<!\bno\.)\s+|\n+/i);
  return sentences
    .filter((sentence) => !sentence.includes(MARK))
    .join(' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
