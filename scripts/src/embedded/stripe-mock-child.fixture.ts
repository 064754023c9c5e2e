// Run by stripe-mock-process.test.ts as a separate process that starts stripe-mock, prints its
// URL and then stays up until it is killed, to show that stripe-mock dies with its parent.
import { startStripeMock } from './stripe-mock-process.js';

const server = await startStripeMock({ log: () => {}, env: process.env });
console.log(`STRIPE_MOCK_URL ${server.url}`);
