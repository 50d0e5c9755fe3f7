import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@rapport/engine';
import { createStore, seedDemo } from '@rapport/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rapport-team-'));
const env = { RAPPORT_DATA_DIR: dir, LOG_LEVEL: 'silent' };
const NOW = new Date('2026-11-20T12:00:00.000Z');

// The demo is used only when asked for, as a newcomer would after `rapport workspace demo`.
const run = (...args: string[]) => runCli(['team', ...args, '--workspace', 'demo'], { env });

describe('rapport team', () => {
  beforeAll(async () => {
    const store = createStore({ dialect: 'sqlite', file: join(dir, 'rapport.db') });
    await store.migrate();
    await seedDemo(store, { now: NOW, analyzer: { analyze, modelVersion: 'test' } });
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores the demo workspace, then finds nothing new', async () => {
    const first = await run('score');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Scored [1-9]\d* replies in [1-9]\d* conversations\.$/m);
    const second = await run('score');
    expect(second.out).toBe('Scored 0 replies in 0 conversations.\n');
  });

  it('reports the demo team as JSON with every agent and the figures’ sample sizes', async () => {
    const { code, out } = await run(
      'report',
      '--from',
      '2026-10-01',
      '--to',
      '2026-11-20',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.period).toEqual({ from: '2026-10-01', to: '2026-11-20' });
    expect(report.agents.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Sam Rivera', 'Priya Nair', 'Lukas Weber']),
    );
    expect(report.team.replies).toBeGreaterThan(0);
    expect(report.team.metrics.empathy.conversations).toBeGreaterThan(0);
    expect(report.assessment.improve.length + report.assessment.notJudged.length).toBeGreaterThan(0);
    expect(report.unscored).toBe(0);
  });

  it('writes CSV rows per metric and a printable HTML page for one agent', async () => {
    const csv = await run('report', '--from', '2026-10-01', '--to', '2026-11-20', '--format', 'csv');
    const lines = csv.out.trim().split('\r\n');
    expect(lines[0]).toBe(
      'scope,agent_id,agent_name,week,metric,value,hits,applicable,conversations,small_sample,goal,meets_goal,rank',
    );
    expect(lines.some((l) => l.startsWith('team,,,,empathy,'))).toBe(true);
    expect(lines.some((l) => /^agent,[^,]+,Sam Rivera,,empathy,/.test(l))).toBe(true);

    const out = join(dir, 'sam.html');
    const html = await run(
      'report',
      '--from',
      '2026-10-01',
      '--to',
      '2026-11-20',
      '--format',
      'html',
      '--agent',
      'sam@demo.rapport.local',
      '--out',
      out,
    );
    expect(html.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<h1>Sam Rivera: emotional intelligence, 2026-10-01 to 2026-11-20</h1>');
    expect(page).toContain('@page');
    expect(page).toContain('Coaching digests');
    expect(page).not.toContain('<script');
  });

  it('sets goals and records a lead’s review', async () => {
    expect((await run('goal', 'set', 'empathy', '80%')).out).toContain('empathy ≥ 80% for the team');
    expect((await run('goal', 'list')).out).toBe('empathy\t80%\tteam\n');
    const report = JSON.parse((await run('report', '--from', '2026-10-01', '--to', '2026-11-20')).out);
    expect(report.team.metrics.empathy.goal).toBe(0.8);
    const conversation = report.digests.find((d: { best: unknown }) => d.best).best.conversationId;
    const review = await run(
      'review',
      '--conversation',
      conversation,
      '--reviewer',
      'maya.lead@demo.rapport.local',
      '--rate',
      'empathy=yes',
      '--rate',
      'regulation=no',
    );
    expect(review.out).toBe('Review saved (2 verdicts).\n');
    const after = JSON.parse((await run('report', '--from', '2026-10-01', '--to', '2026-11-20')).out);
    expect(after.calibration.conversations).toBe(1);
  });

  it('names the option that is wrong', async () => {
    const bad = await run('report', '--from', '2026-13-01', '--to', '2026-11-20');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--from: must be a date written YYYY-MM-DD');
    const backwards = await run('report', '--from', '2026-11-20', '--to', '2026-11-01');
    expect(backwards.err).toContain('--to: `from` must not be after `to`');
    expect((await run('goal', 'set', 'empathy', '150%')).err).toContain(
      'target: 150% must be between 0 and 1',
    );
    expect((await run('goal', 'set', 'kindness', '0.5')).err).toContain('metric: kindness is not one of');
    expect(
      (
        await run(
          'review',
          '--conversation',
          'x',
          '--reviewer',
          'sam@demo.rapport.local',
          '--rate',
          'empathy=maybe',
        )
      ).err,
    ).toContain('--rate empathy=maybe: the verdict must be yes or no');
    expect(
      (await run('report', '--from', '2026-11-01', '--to', '2026-11-20', '--agent', 'nobody@x.io')).err,
    ).toContain('--agent: no user nobody@x.io');
  });
});
