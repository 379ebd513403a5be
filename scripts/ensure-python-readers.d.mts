// Types for ensure-python-readers.mjs, which the Python-reader tests import to find the interpreter it found.
export const DEBIAN_PACKAGES: string[];
export const INSTALL_HINT: string;
export interface PythonReaders {
  python?: string;
  networkx?: string;
  igraph?: string;
  problems?: string[];
}
export function probePython(python: string): PythonReaders & { problem?: string };
export function findPythonReaders(): PythonReaders;
