// The worker's side of a job (protocol.ts): runs the work for each request, posts its progress, then its result
// (handing over the buffers `transfer` names) or the error's message. Used by every *.worker.ts.
import type { JobReply, JobRequest } from './protocol';

/** What a worker's global scope offers (`self`); a test can pass its own. */
export interface JobScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
}

export function answerJobs<Request, Result>(
  work: (request: Request, progress: (fraction: number) => void) => Result | Promise<Result>,
  transfer: (result: Result) => Transferable[] = () => [],
  scope: JobScope = self as unknown as JobScope,
): void {
  scope.addEventListener('message', (event: MessageEvent<JobRequest<Request>>) => {
    const { id, request } = event.data;
    const reply = (message: JobReply<Result>, buffers: Transferable[] = []) =>
      scope.postMessage(message, { transfer: buffers });
    const failed = (error: unknown) =>
      reply({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    try {
      Promise.resolve(work(request, (fraction) => reply({ id, kind: 'progress', fraction }))).then(
        (result) => reply({ id, kind: 'done', result }, transfer(result)),
        failed,
      );
    } catch (error) {
      failed(error);
    }
  });
}
