// The investigations: list, one, import (a streamed multipart upload) and delete.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import type {} from '@fastify/multipart';
import type { ImportResponse } from '../../src/io/server/wire';
import { ApiError, errorBody, notFound } from '../graph/errors';
import type { Progress } from '../import/feed';
import { importStream } from '../import/importFile';
import type { Store } from '../store/types';
import { requireRole, signedIn } from '../team/access';
import type { Team } from '../team/team';
import { investigationParams, listQuery } from './schemas';

/** Enough to list every investigation a newsroom keeps before filtering to the asker's. */
const LIST_SCAN = 10_000;

export interface ImportSettings {
  /** The largest upload taken, in bytes. */
  maxUploadBytes: number;
  log?: (message: string) => void;
}

export function investigationRoutes(app: FastifyInstance, store: Store, team: Team, settings: ImportSettings): void {
  const { accounts } = team;
  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/investigations',
    { schema: { querystring: listQuery } },
    async (request) => {
      // Only what the asker holds a role on, or what is public: the others are not theirs to know of.
      const visible = await accounts.visible(request.viewer?.userId ?? null);
      const all = await store.listInvestigations(LIST_SCAN, 0);
      const { limit, offset } = request.query;
      const page = all.filter((item) => visible.has(item.id)).slice(offset, offset + limit);
      // An investigation edited through the server lists its title and counts as they are now.
      return Promise.all(page.map(async (item) => ({ ...item, ...(await team.records.summary(item.id)) })));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/investigations/:id',
    { schema: { params: investigationParams } },
    async (request) => {
      await requireRole(accounts, request, request.params.id, 'reader');
      return (await store.getInvestigation(request.params.id)) ?? Promise.reject(notFound('The investigation'));
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/investigations/:id',
    { schema: { params: investigationParams } },
    async (request, reply) => {
      await requireRole(accounts, request, request.params.id, 'owner');
      if (!(await store.getInvestigation(request.params.id))) throw notFound('The investigation');
      await store.deleteInvestigation(request.params.id);
      await team.records.forget(request.params.id);
      await accounts.forget(request.params.id);
      return reply.code(204).send();
    },
  );

  /** Reads the multipart parts and imports the file; `progress` hears how far the import has got. */
  async function importParts(request: FastifyRequest, progress: (p: Progress) => void): Promise<ImportResponse> {
    let title: string | undefined;
    let result: ImportResponse | undefined;
    const parts = request.parts({
      limits: { fileSize: settings.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname === 'title' && typeof part.value === 'string') title = part.value.slice(0, 500);
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new ApiError(400, 'bad-field', `The file goes in the field "file", not "${part.fieldname}".`);
      }
      const started = Date.now();
      try {
        result = await importStream(store, part.file, {
          fileName: part.filename || 'upload',
          ...(title !== undefined && { title }),
          onProgress: progress,
        });
      } catch (error) {
        part.file.resume();
        throw error;
      }
      if (part.file.truncated) {
        await store.deleteInvestigation(result.id);
        throw new ApiError(413, 'too-large', `The file is larger than ${settings.maxUploadBytes} bytes.`);
      }
      settings.log?.(`imported ${result.relations} relations in ${Date.now() - started} ms`);
    }
    if (!result) throw new ApiError(400, 'no-file', 'Send the file in the field "file".');
    return result;
  }

  app.post('/api/investigations', async (request, reply) => {
    const viewer = signedIn(request);
    if (!request.isMultipart()) {
      throw new ApiError(415, 'not-multipart', 'Send the file as multipart/form-data in the field "file".');
    }
    const log = (p: Progress) => settings.log?.(`import: ${p.entities} entities, ${p.relations} relations`);
    if (!(request.headers.accept ?? '').includes('application/x-ndjson')) {
      const result = await importParts(request, log);
      await accounts.setRole(result.id, viewer.userId, 'owner');
      return reply.code(201).send(result);
    }
    // Asked for progress: a line every 5,000 records or so written (feed.ts), then the result (or the error) as the last line.
    const lines = new PassThrough();
    const line = (value: object) => lines.write(JSON.stringify(value) + '\n');
    void reply.code(200).type('application/x-ndjson; charset=utf-8').send(lines);
    importParts(request, (p) => {
      log(p);
      line({ progress: { entities: p.entities, relations: p.relations } });
    })
      .then(async (result) => {
        await accounts.setRole(result.id, viewer.userId, 'owner');
        line({ done: result });
      })
      .catch((error: unknown) => line({ error: errorBody(error).body }))
      .finally(() => lines.end());
    return reply;
  });
}
