// The investigations: list, one, import (a streamed multipart upload) and delete.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import type {} from '@fastify/multipart';
import type { ImportResponse } from '../../src/io/server/wire';
import { ApiError, errorBody, notFound } from '../graph/errors';
import type { Progress } from '../import/feed';
import { importStream } from '../import/importFile';
import type { Store } from '../store/types';
import { investigationParams, listQuery } from './schemas';

export interface ImportSettings {
  /** The largest upload taken, in bytes. */
  maxUploadBytes: number;
  log?: (message: string) => void;
}

export function investigationRoutes(app: FastifyInstance, store: Store, settings: ImportSettings): void {
  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/investigations',
    { schema: { querystring: listQuery } },
    async (request) => store.listInvestigations(request.query.limit, request.query.offset),
  );

  app.get<{ Params: { id: string } }>(
    '/api/investigations/:id',
    { schema: { params: investigationParams } },
    async (request) =>
      (await store.getInvestigation(request.params.id)) ?? Promise.reject(notFound('The investigation')),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/investigations/:id',
    { schema: { params: investigationParams } },
    async (request, reply) => {
      if (!(await store.getInvestigation(request.params.id))) throw notFound('The investigation');
      await store.deleteInvestigation(request.params.id);
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
    if (!request.isMultipart()) {
      throw new ApiError(415, 'not-multipart', 'Send the file as multipart/form-data in the field "file".');
    }
    const log = (p: Progress) => settings.log?.(`import: ${p.entities} entities, ${p.relations} relations`);
    if (!(request.headers.accept ?? '').includes('application/x-ndjson')) {
      return reply.code(201).send(await importParts(request, log));
    }
    // Asked for progress: one line per batch written, then the result (or the error) as the last line.
    const lines = new PassThrough();
    const line = (value: object) => lines.write(JSON.stringify(value) + '\n');
    void reply.code(200).type('application/x-ndjson; charset=utf-8').send(lines);
    importParts(request, (p) => {
      log(p);
      line({ progress: { entities: p.entities, relations: p.relations } });
    })
      .then((result) => line({ done: result }))
      .catch((error: unknown) => line({ error: errorBody(error).body }))
      .finally(() => lines.end());
    return reply;
  });
}
