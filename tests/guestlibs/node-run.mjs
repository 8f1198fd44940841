// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
// Runs a WASI command module (one with no wasm_bpf imports) under Node's
// node:wasi, with host directory DIR preopened as /data: the second engine,
// and the one that grants a guest files, which the project's runtime does not.
//   node node-run.mjs DIR MODULE.wasm ARGS...
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import process from 'node:process';

const [dir, mod, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [mod, ...args], env: {},
			preopens: { '/data': dir }, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(mod));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
