import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiSchema } from './api-schema.js';
import { printSortedSchema } from './graphql/print.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
const schema = await buildApiSchema();
await writeFile(target, printSortedSchema(schema));
console.warn(`wrote ${target}`);
