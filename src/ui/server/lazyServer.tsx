// The graph server's parts of the page load when first needed: the list of its investigations only when a server
// serves the page, the selective expand dialog only when a supernode is expanded. Most visits need neither.
import { lazy, Suspense, type ComponentProps, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { useServedBy } from './useServer';

const List = lazy(() => import('./ServerInvestigations').then((m) => ({ default: m.ServerList })));
const Dialog = lazy(() => import('./ExpandDialog').then((m) => ({ default: m.ExpandDialog })));

/** The server's investigations, under the browser's own, when a graph server serves the page. */
export function ServerInvestigations(props: { story: Story | null; dispatch: Dispatch<Action> }) {
  const served = useServedBy();
  if (!served) return null;
  return (
    <Suspense fallback={<p role="status">Asking the server…</p>}>
      <List {...props} />
    </Suspense>
  );
}

export function LazyExpandDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
