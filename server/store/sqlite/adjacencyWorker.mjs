// The adjacency helper's entry: worker threads start without the TypeScript loader the server runs under, so this
// registers it (tsx) before loading the helper.
import { register } from 'tsx/esm/api';

register();
await import('./adjacencyWorker.ts');
