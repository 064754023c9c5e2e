import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from './graphql/print.js';
import { buildAppSchema } from './graphql/schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
const schema = await buildAppSchema();
await writeFile(target, printSortedSchema(schema));
console.warn(`wrote ${target}`);
