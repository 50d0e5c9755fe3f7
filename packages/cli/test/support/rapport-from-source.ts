// `rapport` from the TypeScript sources, for tests that run it through a shell:
// node --conditions=source --import <tsx> rapport-from-source.ts VERB ...
import { main } from '../../src/index.js';

process.exitCode = await main(process.argv);
