// `npm run serve`: builds the app when dist/ is missing or older than the sources, then starts the graph server.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (!existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs) {
  console.log('Building the app (dist/ is missing or older than src/)…');
  execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
}
const server = spawn('npx', ['tsx', join(root, 'server', 'main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
