// Builds (or finds cached) the embedded FerretDB binary, with its build log on screen, so the
// slow first build happens visibly before tests instead of silently inside the test run.
import { ensureFerretDbBinary } from './services.js';

const binary = await ensureFerretDbBinary((line) => console.log(line));
console.log(`FerretDB binary: ${binary}`);
