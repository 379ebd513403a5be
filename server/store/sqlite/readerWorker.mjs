// A reader thread's entry: worker threads start without the TypeScript loader the server runs under, so this
// registers it (tsx) before loading the reader.
import { register } from 'tsx/esm/api';

register();
await import('./readerWorker.ts');
