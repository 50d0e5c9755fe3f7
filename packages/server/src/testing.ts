/**
 * @rapport/server/testing — real receivers for tests (an SMTP server and an HTTP server on
 * 127.0.0.1). Not part of the runtime import point; `smtp-server` is a development dependency.
 */
export * from './moments/testing/index.js';
export { openTestStore, type TestStore, testDialects } from './storage/testing/open-test-store.js';
