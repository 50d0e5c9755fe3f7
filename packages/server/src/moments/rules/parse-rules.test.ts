import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_YAML } from './default-rules.js';
import { formatRulesProblems, parseRules } from './parse-rules.js';

const problemsOf = (source: string, format: 'yaml' | 'json' = 'yaml') => {
  const parsed = parseRules(source, format);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
};

describe('parseRules', () => {
  it('accepts the default rule set, one rule per moment type from the book', () => {
    const parsed = parseRules(DEFAULT_RULES_YAML, 'yaml');
    if (!parsed.ok) throw new Error(formatRulesProblems(parsed.problems));
    const types = new Set(parsed.ruleSet.rules.map((r) => r.type));
    expect([...types].sort()).toEqual(['connection', 'elevation', 'insight', 'pride', 'recovery']);
    const recovery = parsed.ruleSet.rules.find((r) => r.type === 'recovery');
    expect(recovery).toMatchObject({
      action: { kind: 'review', deliver: 'email' },
      timing: { expiresAfterHours: 24, sendBetween: [9, 18] },
    });
  });

  it('reads JSON with the same schema and fills defaults', () => {
    const json = JSON.stringify({
      rules: [
        {
          id: 'hook',
          type: 'connection',
          trigger: { kind: 'event', event: 'custom.webinar_attended' },
          action: { kind: 'webhook', url: 'http://127.0.0.1:9/hook' },
          message: { subject: 'Hi {{firstName}}', body: 'Thanks for coming to {{event.title}}' },
        },
      ],
    });
    const parsed = parseRules(json, 'json');
    expect(parsed.ok && parsed.ruleSet).toMatchObject({
      defaultTimeZone: 'UTC',
      maxPerCustomerPerMonth: 2,
      rules: [{ id: 'hook', name: 'hook', enabled: true, timing: { localHour: 10, delayHours: 0 } }],
    });
  });

  it('names the path and line of every problem', () => {
    const problems = problemsOf(`defaultTimeZone: Mars/Olympus
rules:
  - id: bday
    type: joy
    trigger: { kind: birthdy }
    action: { kind: email }
    message: { subject: "Hi {{frstName}}", body: "x" }
  - id: bday
    type: pride
    tigger: { kind: birthday }
    action: { kind: webhook, url: "ftp://x" }
    message: { subject: "a", body: "b" }
`);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath.defaultTimeZone).toMatchObject({
      line: 1,
      message: expect.stringContaining('IANA time zone'),
    });
    expect(byPath['rules[0].type']).toMatchObject({
      line: 4,
      message: expect.stringContaining('elevation, insight'),
    });
    expect(byPath['rules[0].trigger.kind']?.line).toBe(5);
    expect(byPath['rules[0].message.subject']?.message).toContain('{{frstName}}');
    expect(byPath['rules[1]']?.message).toMatch(/tigger/);
    expect(byPath['rules[1].action.url']).toMatchObject({
      line: 11,
      message: 'must be an http:// or https:// URL',
    });
    expect(formatRulesProblems(problems)).toContain('line 4, rules[0].type: must be one of');
  });

  it('refuses duplicate ids, broken YAML and broken JSON with a clear message', () => {
    const twice = `rules:
  - { id: a, type: pride, trigger: { kind: birthday }, action: { kind: email }, message: { subject: s, body: b } }
  - { id: a, type: pride, trigger: { kind: birthday }, action: { kind: email }, message: { subject: s, body: b } }
`;
    expect(problemsOf(twice)).toEqual([
      { path: 'rules[1].id', line: 3, message: '"a" is used by an earlier rule; ids must be unique' },
    ]);
    expect(problemsOf('rules: [unclosed')[0]?.message).toMatch(/^not valid YAML/);
    expect(problemsOf('{"rules": ', 'json')[0]?.message).toMatch(/^not valid JSON/);
  });
});
