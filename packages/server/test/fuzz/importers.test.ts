/**
 * The help-desk importers fed broken files: real exports cut short and sprayed with random bytes,
 * random JSON, deeply nested JSON, invalid UTF-8 and hostile strings. An import either finishes
 * with a summary (bad rows listed) or stops with a plain error that says what is wrong — never a
 * TypeError/RangeError from inside our code — and the database stays consistent.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@rapport/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_DESK_FORMATS, importFile, type Store, type WorkspaceScope } from '../../src/index.js';
import { openTestStore, type TestStore } from '../../src/storage/testing/open-test-store.js';
import { deeplyNested, HOSTILE_STRINGS, hostileBody } from './hostile-input.js';

const RUNS = Number(process.env.RAPPORT_FUZZ_RUNS ?? 12);
const FIXTURES = new URL('../../src/import/fixtures/', import.meta.url);
const FIXTURE_FILE = {
  zendesk: 'zendesk-tickets.json',
  freshdesk: 'freshdesk-tickets.json',
  intercom: 'intercom-conversations.json',
  csv: 'generic-messages.csv',
  jsonl: 'generic-messages.jsonl',
} as const;

/** A real export, cut at a random point, with random bytes or hostile strings spliced in. */
function corrupted(fixture: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.nat({ max: fixture.length }),
      fc.nat({ max: fixture.length }),
      fc.oneof(
        fc.uint8Array({ maxLength: 40 }),
        fc.constantFrom(...HOSTILE_STRINGS).map((s) => new TextEncoder().encode(s)),
        fc.constant(Uint8Array.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80])),
        fc.constant(new TextEncoder().encode(deeplyNested(3000))),
      ),
    )
    .map(([at, cut, insert]) => {
      const head = fixture.subarray(0, at);
      const tail = fixture.subarray(at, Math.max(at, cut));
      return Uint8Array.from([...head, ...insert, ...tail]);
    });
}

describe('importers with broken files', () => {
  let testStore: TestStore;
  let store: Store;
  let scope: WorkspaceScope;
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-fuzz-'));
  let n = 0;

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    scope = store.forWorkspace((await store.workspaces.create({ slug: 'fuzz', name: 'Fuzz' })).id);
  });
  afterAll(async () => {
    await testStore?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const format of HELP_DESK_FORMATS) {
    it(`imports or refuses cleanly: ${format}`, async () => {
      const fixture = new Uint8Array(readFileSync(new URL(FIXTURE_FILE[format], FIXTURES)));
      await fc.assert(
        fc.asyncProperty(fc.oneof(corrupted(fixture), hostileBody), async (bytes) => {
          const file = join(dir, `${format}-${n++}`);
          writeFileSync(file, bytes);
          try {
            const summary = await importFile(scope, file, {
              format,
              analyzer: { analyze, modelVersion: 'fuzz' },
              batchSize: 7,
            });
            expect(summary.messages).toBeDefined();
          } catch (error) {
            // A clear refusal is fine; an internal failure is not.
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).constructor.name, (error as Error).stack).not.toMatch(
              /^(TypeError|RangeError|ReferenceError|SyntaxError)$/,
            );
            expect((error as Error).message.length).toBeGreaterThan(0);
          } finally {
            rmSync(file, { force: true });
          }
        }),
        { numRuns: RUNS },
      );
      expect(await store.checkIntegrity()).toEqual({ ok: true, problems: [] });
    });
  }
});
