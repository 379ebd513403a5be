// The writer thread's entry: worker threads start without the TypeScript loader the server runs under, so this
// registers it (tsx) before loading the writer.
import { register } from 'tsx/esm/api';

register();
await import('./writerWorker.ts');
