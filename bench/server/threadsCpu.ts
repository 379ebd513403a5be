// The CPU seconds of each of a process's threads that used any (Linux, from /proc): the main thread first, then
// the others by use — the writer, the garbage collector's helpers, the loader's thread. This process's by default;
// another's (the bench's server) by its pid.
import { readdirSync, readFileSync } from 'node:fs';

export function threadsCpu(pid: number = process.pid): string {
  const used: [string, number][] = [];
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 'not known';
  }
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // A thread that ended while being read.
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * 10;
    if (ms >= 100) used.push([tid === String(pid) ? 'main' : name, ms]);
  }
  used.sort((a, b) => Number(b[0] === 'main') - Number(a[0] === 'main') || b[1] - a[1]);
  return used.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`).join(', ');
}
