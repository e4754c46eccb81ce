// Writes the OpenAPI document generated from the contract schemas: `emit-openapi.ts <output path>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildOpenApiDocument } from '../openapi.js';

const output = resolve(process.argv[2] ?? 'dist/openapi.json');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(buildOpenApiDocument(), null, 2) + '\n');
console.log(`openapi: wrote ${output}`);
