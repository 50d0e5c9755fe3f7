import type { Archetype } from '../types.js';

/**
 * How a customer answers, by persona archetype and by where the reply moved them. `hot` is worse
 * at high intensity, `warm` is better once they are nearly calm. `{issue}` is the scenario's
 * few words for the problem.
 */
export type MoodKey = 'hot' | 'worse' | 'same' | 'better' | 'warm' | 'push' | 'leave' | 'solved';

export const MOOD_LINES: Record<Archetype, Record<MoodKey, string[]>> = {
  angry: {
    hot: [
      'This is UNBELIEVABLE. Are you even listening to me?!',
      "I'm done being polite. Fix {issue} NOW.",
      "You're making this worse with every message!",
    ],
    worse: [
      "That doesn't help me at all.",
      "I'm getting angrier by the minute here.",
      "Seriously? That's your answer?",
    ],
    same: ['I still need {issue} sorted.', 'Fine. And?', "I'm waiting."],
    better: [
      "Okay. At least you're taking it seriously.",
      "Right. That's more like it.",
      'Thank you for not brushing me off.',
    ],
    warm: ["Okay, I appreciate that. I'm calmer now.", 'Thanks, that actually helps a lot.'],
    push: ['So what are you going to do about {issue}?', 'I want {issue} fixed, not talked about.'],
    leave: [
      "Forget it. I'm taking my business elsewhere and telling everyone why.",
      "I'm done. I'll deal with this through my bank and a review instead.",
    ],
    solved: [
      "Okay. Thank you, honestly. That's all I wanted.",
      'Right, that sorts it. Thanks for actually fixing it.',
    ],
  },
  anxious: {
    hot: [
      "I'm really panicking now. Please, is this going to be okay or not?",
      "You're scaring me. I need to know this will work out!",
    ],
    worse: [
      'That makes me more worried, not less.',
      "I don't feel any better. What if it goes wrong?",
      "I'm still scared this won't be sorted.",
    ],
    same: ["I'm still worried about {issue}.", 'Okay... but what happens now?'],
    better: [
      'Okay. That helps a little, thank you.',
      "Thank you, I'm breathing a bit easier.",
      'Okay, it helps to know someone is on it.',
    ],
    warm: ["That's a relief, honestly. Thank you.", 'Okay, I feel much calmer now.'],
    push: ['But what about {issue}? What can actually be done?', 'Is there a way to fix {issue} in time?'],
    leave: [
      "I can't cope with this. I'll find someone else who can actually help.",
      "Never mind. I'll sort it out myself somehow.",
    ],
    solved: [
      "Oh thank goodness. Thank you so much, that's such a relief.",
      'Thank you, I can finally relax.',
    ],
  },
  confused: {
    hot: [
      "I'm completely lost now and it's making me really frustrated.",
      "I don't understand a word of this. Why is it so complicated?",
    ],
    worse: ["Sorry, I don't follow.", "Now I'm even more confused.", "I'm not sure what you mean."],
    same: ["I'm still not sure what to do about {issue}.", 'Okay... so what do I do?'],
    better: [
      'Oh, okay. That makes more sense.',
      'Right, I think I follow so far.',
      'Thank you for being patient with me.',
    ],
    warm: ['Oh, that is much clearer, thank you.', "I think I've got it now. Thank you for explaining."],
    push: ['So what do I actually need to do about {issue}?', 'Could you tell me the first thing to do?'],
    leave: [
      "I give up. This is too confusing, I'll ask my family instead.",
      "Never mind, I don't think I can do this.",
    ],
    solved: [
      "Oh wonderful, that's sorted then. Thank you so much for your patience.",
      'Lovely, thank you. That was easier than I feared.',
    ],
  },
  grieving: {
    hot: [
      "Do you have any idea what it's like to deal with this right now?",
      "I can't believe I have to fight you on this, of all things.",
    ],
    worse: [
      "That's not what I needed to hear right now.",
      'That feels very cold.',
      'Please. This is hard enough.',
    ],
    same: ['I just want {issue} done.', "I don't have the energy for much more of this."],
    better: [
      'Thank you. That means something.',
      'Thank you for being kind about it.',
      'Thank you. It helps to be heard.',
    ],
    warm: ["Thank you. I'm grateful, truly.", 'Thank you for making this a little easier.'],
    push: ['Can we please just get {issue} done?', 'What do you need from me to finish {issue}?'],
    leave: [
      "I can't do this today. I'll come back when I can face it.",
      "I'll get the solicitor to deal with you.",
    ],
    solved: [
      'Thank you. That is one less thing to carry.',
      'Thank you so much. Mum would have liked how you handled this.',
    ],
  },
  leaving: {
    hot: ["Just give me the cancellation code. I'm done.", "I knew I shouldn't have bothered asking."],
    worse: ["That's exactly why I'm leaving.", "You're not giving me a reason to stay.", 'Same old story.'],
    same: ['I still think I should just leave.', "So far I'm still going."],
    better: ["Okay, I'm listening.", "That's the first time anyone's acknowledged it.", 'Alright, go on.'],
    warm: ["Okay, I'd rather stay if it's fair.", "Alright. That's the kind of thing that keeps me here."],
    push: ['So what can you actually offer me on {issue}?', 'Give me one reason to stay.'],
    leave: ['No. Send me the cancellation code, please. Goodbye.', "I've made up my mind. I'm switching."],
    solved: ["Alright, I'll stay. Thank you for actually listening.", "Deal. Thanks, that's fair."],
  },
  let_down: {
    hot: [
      'I expected so much better from you. This is shameful.',
      "Honestly, I'm disgusted by how this has gone.",
    ],
    worse: [
      'That is disappointing to hear.',
      'I expected better than that.',
      'That is just more of the same.',
    ],
    same: ['I still need {issue} put right.', "I'm still waiting for this to be put right."],
    better: ['Thank you. That is more like it.', 'I appreciate you saying so.', 'Thank you, that helps.'],
    warm: ['Thank you, that restores my faith a little.', "That's good of you. Thank you."],
    push: ['How will you put {issue} right?', 'What are you going to do about {issue}?'],
    leave: ["I've had enough. I'm going to the ombudsman.", "Don't bother. I'll take it elsewhere."],
    solved: [
      'Thank you. That is how it should have been handled from the start.',
      'Thank you, that puts it right.',
    ],
  },
  hurried: {
    hot: ['I do NOT have time for this. Please just fix it!', "Every minute counts and you're wasting them!"],
    worse: ["That doesn't help, I'm running out of time.", 'I need action, not that.', 'Please, faster.'],
    same: ['I still need {issue} sorted, quickly.', 'Okay, what next? Quickly please.'],
    better: ["Okay, good, that's moving.", 'Thank you. Right, what next?', "Good, that's useful."],
    warm: ["Great, thanks, that's a weight off.", 'Brilliant, thank you, that buys me time.'],
    push: ['How fast can {issue} be fixed?', 'What can you do about {issue} right now?'],
    leave: ["Forget it, I'll find another way.", "No time for this. I'm going elsewhere."],
    solved: ["Perfect, thank you! You've saved my day.", 'Thank you, that was quick. Really appreciated.'],
  },
};
