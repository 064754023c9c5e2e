// Builds (or finds cached) stripe-mock, Stripe's mock API server the tests use, with its build
// log on screen, so the first build happens visibly before tests instead of inside the test run.
import { ensureStripeMockBinary } from './services.js';

const binary = await ensureStripeMockBinary((line) => console.log(line));
console.log(`stripe-mock binary: ${binary}`);
