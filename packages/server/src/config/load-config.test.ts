import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

function problemsOf(env: Record<string, string>): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.problems.map(({ variable, message }) => ({ variable, message }));
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
      seedDemo: true,
      llm: undefined,
    });
  });

  it('reads every variable and treats empty strings as unset', () => {
    const config = loadConfig({
      PORT: '9001',
      HOST: '127.0.0.1',
      RAPPORT_DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgres://u@localhost:5432/db',
      LOG_LEVEL: 'debug',
      RAPPORT_SEED_DEMO: 'false',
      RAPPORT_LLM_BASE_URL: 'http://localhost:11434/v1',
      RAPPORT_LLM_MODEL: 'llama3',
      RAPPORT_LLM_API_KEY: '',
    });
    expect(config).toMatchObject({
      port: 9001,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      databaseUrl: 'postgres://u@localhost:5432/db',
      logLevel: 'debug',
      seedDemo: false,
      llm: { baseUrl: 'http://localhost:11434/v1', model: 'llama3', apiKey: undefined },
    });
  });

  it('returns a frozen object, nested parts included', () => {
    const config = loadConfig({ RAPPORT_LLM_BASE_URL: 'http://x.test/v1', RAPPORT_LLM_MODEL: 'm' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.llm)).toBe(true);
  });

  it('names each wrong variable and says what is wrong', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x/y', LOG_LEVEL: 'loud' });
    expect(problems.map((p) => p.variable).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    expect(problems.find((p) => p.variable === 'PORT')?.message).toMatch(/whole number/);
    expect(problems.find((p) => p.variable === 'DATABASE_URL')?.message).toMatch(/postgres:\/\//);
  });

  it('rejects an out-of-range port and a half-configured LLM', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([
      { variable: 'PORT', message: expect.stringMatching(/65535/) },
    ]);
    expect(problemsOf({ RAPPORT_LLM_BASE_URL: 'http://x.test/v1' })).toEqual([
      { variable: 'RAPPORT_LLM_MODEL', message: 'is required when RAPPORT_LLM_BASE_URL is set' },
    ]);
  });

  it('renders all problems into the error message', () => {
    expect(() => loadConfig({ PORT: '-1' })).toThrow(/PORT: must be a whole number/);
  });
});
