// graphology keeps each node's links in two plain objects, keyed by the other end's key. Built up key by key, every
// such object in V8 is a "fast" object whose layout (hidden class) changes with each key added; at 200,000 nodes with
// mostly distinct neighbours that made V8 create a layout for nearly every link added: most of the 3.5 s the model
// took at 200k was graphology's addEdge and attachMulti. Objects in dictionary mode take keys as a hash table does.
// This starts each node's link objects in that mode; they stay ordinary objects (Object.prototype, the same keys in
// the same order), so graphology reads and iterates them as before. Where graphology's inner node class is not what
// this expects, the graph is left as it is.

interface NodeDataLike {
  in?: object;
  out?: object;
  clear(): void;
}

type NodeDataClass = new (key: string, attributes: unknown) => NodeDataLike;

/** An empty object in dictionary mode: deleting a property other than the last one added puts V8 there. */
export function dictionaryObject(): Record<string, unknown> {
  const made: Record<string, unknown> = { first: 0, second: 0 };
  delete made.first;
  delete made.second;
  return made;
}

const subclasses = new WeakMap<NodeDataClass, NodeDataClass>();

function withDictionaries(Base: NodeDataClass): NodeDataClass {
  let made = subclasses.get(Base);
  if (!made) {
    made = class extends Base {
      override clear(): void {
        super.clear();
        if (typeof this.in === 'object') this.in = dictionaryObject();
        if (typeof this.out === 'object') this.out = dictionaryObject();
      }
    };
    subclasses.set(Base, made);
  }
  return made;
}

/** Makes the nodes added to `graph` from now on keep their links in dictionary-mode objects. */
export function keepLinksInDictionaries(graph: object): void {
  const inner = graph as { NodeDataClass?: unknown };
  const Base = inner.NodeDataClass;
  if (typeof Base !== 'function' || typeof (Base.prototype as Partial<NodeDataLike>).clear !== 'function') return;
  inner.NodeDataClass = withDictionaries(Base as NodeDataClass);
}
