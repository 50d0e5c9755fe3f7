/**
 * What a customer says back to one specific thing in a reply, when that thing moved them most.
 * `{quote}` is the words the coach found (a jargon term, a dismissive phrase).
 */
export type CauseKey =
  | 'dismissive'
  | 'blame'
  | 'agent_tone'
  | 'jargon'
  | 'canned'
  | 'acknowledge'
  | 'apology'
  | 'options'
  | 'reassurance'
  | 'need_facts'
  | 'nothing_left'
  | 'refuse_answer';

export const CAUSE_LINES: Record<CauseKey, string[]> = {
  dismissive: [
    "Don't brush me off like that.",
    "That's exactly the kind of answer that made me write in.",
    "I don't need to be told that. I need help.",
  ],
  blame: [
    'So now this is my fault?',
    "Don't put this on me.",
    "I did nothing wrong here, so don't say I did.",
  ],
  agent_tone: ["There's no need for that tone.", 'Wow. Are you always this rude to customers?'],
  jargon: [
    'What does "{quote}" even mean?',
    'Can you say that in plain English? I have no idea what "{quote}" is.',
  ],
  canned: ['That sounds like a script.', "Please don't copy and paste at me."],
  acknowledge: ['Yes. That is exactly how it feels.', 'Thank you for understanding.'],
  apology: ['Thank you for apologising, at least.', 'Okay. I appreciate the apology.'],
  options: ['Okay, good to have a choice.', 'Right, at least I get a say in this.'],
  reassurance: ['Okay. I needed to hear that.', 'That is reassuring, thank you.'],
  need_facts: [
    "How can you sort it when you haven't even asked me the details?",
    "You don't know the details yet. Don't you need to ask me anything?",
  ],
  nothing_left: ["I've told you everything I know.", "That's all I can tell you."],
  refuse_answer: [
    'Why should I tell you anything when you talk to me like that?',
    "I'm not answering that until you take me seriously.",
  ],
};
