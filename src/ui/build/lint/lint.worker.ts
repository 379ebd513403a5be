// Runs the evidence lint off the main thread on what lintRunner.ts sends, and posts the items back.
import { lintItems, type LintInput } from '../../../model/lint';
import type { LintReply } from './lintRunner';

self.addEventListener('message', (event: MessageEvent<LintInput>) => {
  let reply: LintReply;
  try {
    const start = performance.now();
    const items = lintItems(event.data);
    reply = { kind: 'done', items, ms: performance.now() - start };
  } catch (error) {
    reply = { kind: 'failed', message: (error as Error).message };
  }
  self.postMessage(reply);
});
