// The CPU seconds of each of this process's threads that used any (Linux, from /proc): the main thread first, then
// the others by use — the writer, the garbage collector's helpers, the loader's thread.
import { readdirSync, readFileSync } from 'node:fs';

export function threadsCpu(): string {
  const used: [string, number][] = [];
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * 10;
    if (ms >= 100) used.push([tid === String(process.pid) ? 'main' : name, ms]);
  }
  used.sort((a, b) => Number(b[0] === 'main') - Number(a[0] === 'main') || b[1] - a[1]);
  return used.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`).join(', ');
}
