/**
 * The rules a workspace starts with, after Chip and Dan Heath's *The Power of Moments*: mark
 * milestones (pride), break the script with a personal touch (elevation), help customers see
 * something new (insight), show you are on their side (connection), and turn a bad ending into
 * one they remember for the right reasons (recovery). Recovery gestures and replies to a loyal
 * customer's first complaint go to the review queue, because a person should write those.
 */
export const DEFAULT_RULES_YAML = `# Moments for this workspace. Edit and save with \`rapport moments rules set <file>\`.
defaultTimeZone: UTC          # for customers whose time zone we do not know
maxPerCustomerPerMonth: 2     # recovery moments are never held back by this cap
eventLookbackDays: 7

rules:
  - id: birthday-note
    name: A birthday note (elevation)
    type: elevation
    trigger: { kind: birthday }
    action: { kind: email }
    timing: { localHour: 10 }
    message:
      subject: "Happy birthday, {{firstName}}!"
      body: |
        Hi {{firstName}},

        Everyone here at {{workspace}} wishes you a wonderful birthday. Thank you for letting us
        be part of your year.

  - id: customer-anniversary
    name: One, five and ten years with us (pride)
    type: pride
    trigger: { kind: anniversary, years: [1, 5, 10] }
    action: { kind: email }
    timing: { localHour: 10 }
    message:
      subject: "{{years}} year(s) together, {{firstName}}"
      body: |
        Hi {{firstName}},

        Today it is {{years}} year(s) since you joined {{workspace}}. That is worth marking:
        thank you for your trust, and for every question that made us better.

  - id: order-milestone
    name: The 10th, 50th and 100th order (pride)
    type: pride
    trigger: { kind: milestone, event: order.placed, counts: [10, 50, 100] }
    action: { kind: email }
    message:
      subject: "Order number {{count}}, {{firstName}}!"
      body: |
        Hi {{firstName}},

        You just placed your order number {{count}} with {{workspace}}. We noticed, and we are
        grateful. Thank you.

  - id: first-problem-solved
    name: After the first problem we solved together (insight)
    type: insight
    trigger: { kind: milestone, event: problem.solved, counts: [1] }
    action: { kind: email }
    timing: { delayHours: 24 }
    message:
      subject: "What we learned from your question, {{firstName}}"
      body: |
        Hi {{firstName}},

        Thank you for bearing with us while we sorted out your problem. Here is what we changed
        because of it, and how to reach the right person straight away next time.

  - id: offer-thank-you
    name: Thank you for using an offer (connection)
    type: connection
    trigger: { kind: event, event: offer.used }
    action: { kind: email }
    timing: { delayHours: 2 }
    message:
      subject: "Thank you, {{firstName}}"
      body: |
        Hi {{firstName}},

        We saw you used {{event.offer}}. Thank you for choosing {{workspace}}; we hope it makes
        your day a little better.

  - id: recovery-after-bad-ending
    name: A recovery gesture within a day of a conversation that ended badly (recovery)
    type: recovery
    trigger: { kind: event, event: conversation.ended }
    when: { data: { ending: negative } }
    action: { kind: review, deliver: email }
    timing: { delayHours: 1, expiresAfterHours: 24 }
    message:
      subject: "We did not get this right, {{firstName}}"
      body: |
        Hi {{firstName}},

        Our last conversation did not end the way it should have, and I am sorry. I have looked
        at what happened myself. Here is what I will do to put it right:

  - id: loyal-first-complaint
    name: A long-time customer's first complaint (connection)
    type: connection
    trigger: { kind: event, event: complaint }
    when: { firstOfType: true, minCustomerYears: 3 }
    action: { kind: review, deliver: email }
    timing: { delayHours: 1, expiresAfterHours: 48 }
    message:
      subject: "You have been with us for {{years}} years, {{firstName}}"
      body: |
        Hi {{firstName}},

        In {{years}} years this is the first time you have had to complain to us, and that
        matters. I am looking after this personally until it is solved.
`;
