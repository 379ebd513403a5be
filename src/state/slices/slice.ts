// What a slice of the explorer's reducer is: one function per action of its concern. Every slice works on the whole
// (flat) ExplorerState, since an action of one concern may settle fields of another (a new graph resets metrics).
import type { ExplorerState } from '../explorer';

/** A handler for each action of the union `A`, keyed by the action's type. */
export type Handlers<A extends { type: string }> = {
  [T in A['type']]: (state: ExplorerState, action: Extract<A, { type: T }>) => ExplorerState;
};

/** The reducer for the actions `A`, from one handler per action. */
export function sliceReducer<A extends { type: string }>(
  handlers: Handlers<A>,
): (state: ExplorerState, action: A) => ExplorerState {
  return (state, action) => {
    // Handlers<A> pairs each type with its own action; TypeScript cannot follow that through an index, hence the cast.
    const handle = handlers[action.type as A['type']] as (state: ExplorerState, action: A) => ExplorerState;
    return handle(state, action);
  };
}
