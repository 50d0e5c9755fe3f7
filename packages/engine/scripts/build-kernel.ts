/**
 * Assembles the WebAssembly scoring kernel (src/emotion/kernel/sums.wat) with wabt and writes its
 * bytes, base64, to sums-wasm.ts, so that the engine ships them without a file read or a build
 * step at install. kernel.test.ts checks that the two stay in step.
 *
 * Run: npm run build:kernel -w @rapport/engine
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleKernel, kernelModuleSource } from './assemble-kernel.js';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '../src/emotion/kernel/sums-wasm.ts');
writeFileSync(target, kernelModuleSource(await assembleKernel()));
console.log(`wrote ${target}`);
