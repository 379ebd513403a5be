// The source editor and the reader load when first opened, not with the page: most visits only explore.
import { lazy, Suspense, type ComponentProps } from 'react';

const Reader = lazy(() => import('./SourceReader').then((m) => ({ default: m.SourceReader })));
const Editor = lazy(() => import('./SourceEditor').then((m) => ({ default: m.SourceEditor })));

const loading = <p role="status">Loading…</p>;

export function LazySourceReader(props: ComponentProps<typeof Reader>) {
  return (
    <Suspense fallback={loading}>
      <Reader {...props} />
    </Suspense>
  );
}

export function LazySourceEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={null}>
      <Editor {...props} />
    </Suspense>
  );
}
