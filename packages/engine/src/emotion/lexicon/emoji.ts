import type { LexiconEntry } from './entry.js';

/** Emoji and emoticons with a clear emotional reading in support conversations. */
export const EMOJI_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'emoji.anger',
    pattern: '😡|🤬|😠|👿|💢|🖕',
    emotions: { anger: 0.85 },
    sentiment: -0.8,
    cue: 'emoji',
  },
  {
    id: 'emoji.frustration',
    pattern: '😤|🙄|😒|😑|🤦|🤦‍♀|🤦‍♂|😩|😫',
    emotions: { frustration: 0.75 },
    sentiment: -0.6,
    cue: 'emoji',
  },
  {
    id: 'emoji.sad',
    pattern: '😢|😭|😞|😔|☹|🙁|😿|💔|😥',
    emotions: { sadness: 0.6, disappointment: 0.4 },
    sentiment: -0.6,
    cue: 'emoji',
  },
  {
    id: 'emoji.anxiety',
    pattern: '😰|😟|😨|😱|😬|😧|😦',
    emotions: { anxiety: 0.7 },
    sentiment: -0.5,
    cue: 'emoji',
  },
  {
    id: 'emoji.confusion',
    pattern: '🤔|😕|🤷|🤷‍♀|🤷‍♂|❓|😵‍💫',
    emotions: { confusion: 0.6 },
    sentiment: -0.1,
    cue: 'emoji',
  },
  { id: 'emoji.gratitude', pattern: '🙏|🤝|💐', emotions: { gratitude: 0.7 }, sentiment: 0.5, cue: 'emoji' },
  {
    id: 'emoji.delight',
    pattern: '😍|🥰|😊|😀|😁|😃|😄|🎉|🥳|❤|💕|💖|👍|👏|🙌|✨|🌟|⭐|💯|😂|🤩|☺|🙂|😎|👌',
    emotions: { delight: 0.65 },
    sentiment: 0.6,
    cue: 'emoji',
  },
  {
    id: 'emoji.urgency',
    pattern: '⏰|🚨|⚠|‼|⏳|⌛',
    emotions: { urgency: 0.6 },
    sentiment: -0.2,
    cue: 'emoji',
  },
  {
    id: 'emoticon.happy',
    pattern: ':)|:-)|:d|:-d|=)|:]|;)|;-)|<3|^_^|^^|xd|(:',
    emotions: { delight: 0.55 },
    sentiment: 0.5,
    cue: 'emoticon',
  },
  {
    id: 'emoticon.sad',
    pattern: ":(|:-(|:((|:-((|=(|:[|</3|t_t|):|:'(",
    emotions: { sadness: 0.45, disappointment: 0.4 },
    sentiment: -0.5,
    cue: 'emoticon',
  },
  {
    id: 'emoticon.annoyed',
    pattern: ':/|:-/|:\\|:-\\|-_-|:@',
    emotions: { frustration: 0.6 },
    sentiment: -0.45,
    cue: 'emoticon',
  },
];
