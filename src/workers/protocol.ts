// The messages between the page and every worker of the app (open, force layout, hierarchy, metrics, image export,
// evidence lint): one job per request id, with progress on the way and one answer at the end.

/** Page → worker. */
export interface JobRequest<Request> {
  id: number;
  request: Request;
}

/** Worker → page. */
export type JobReply<Result> =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'done'; result: Result }
  | { id: number; kind: 'failed'; message: string };
