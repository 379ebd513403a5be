// CPU time of the calling thread, for the import's timings (IMPORT_TIMINGS=1).
import { readFileSync } from 'node:fs';

/** The calling thread's CPU time (ms), from /proc (Linux). */
export function threadCpuMs(): number {
  // utime and stime, in clock ticks of 10 ms, after the command name (which may hold spaces) in /proc's stat line.
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
