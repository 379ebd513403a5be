// Shared steps for the browser tests against the graph server (playwright.config.ts starts it on its own port,
// seeded with the bundled story and the generated graph of server/testing/e2eServer.ts). Expected values come from
// the API, asked here directly, or from the generator's known structure: never from the app's code.
import { expect, type Page } from '@playwright/test';
import type {
  ExpandRequest,
  ExpandResponse,
  InvestigationSummary,
  PathsResponse,
  SearchResponse,
} from '../src/io/server/wire';
import { E2E_GRAPH } from '../server/testing/e2eServer';
import { offshoreEntity, offshorePlan } from '../server/testing/offshoreGenerator';

const PORT = Number(process.env.E2E_PORT) || 4173;
export const SERVER = `http://127.0.0.1:${Number(process.env.E2E_SERVER_PORT) || PORT + 1}`;

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${SERVER}${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const listInvestigations = () => api<InvestigationSummary[]>('/api/investigations');

/** The generated graph's investigation on the server (the one of E2E_GRAPH.entities entities). */
export async function generatedInvestigation(): Promise<InvestigationSummary> {
  const found = (await listInvestigations()).find((s) => s.entities === E2E_GRAPH.entities);
  if (!found) throw new Error('the generated graph is not on the server');
  return found;
}

export const searchApi = (id: string, q: string, limit = 20) =>
  api<SearchResponse>(`/api/investigations/${id}/search?q=${encodeURIComponent(q)}&limit=${limit}`);

export const expandApi = (id: string, request: ExpandRequest) =>
  api<ExpandResponse>(`/api/investigations/${id}/expand`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });

export const pathsApi = (id: string, from: string, to: string) =>
  api<PathsResponse>(`/api/investigations/${id}/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);

/** The generator's biggest supernode (an address at this size): its id and name. */
export function biggestSupernode(): { id: string; label: string } {
  const plan = offshorePlan(E2E_GRAPH);
  const hub = [...plan.hubs].sort((a, b) => b.degree - a.degree)[0]!;
  return { id: hub.id, label: offshoreEntity(plan, hub.index).label };
}

/** Opens the server's app (at `path`: `/?renderer=canvas` draws on the canvas) with its Investigations list showing. */
export async function openServerList(page: Page, path = '/'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${SERVER}${path}`);
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await page.getByRole('button', { name: 'Investigations' }).click();
  await expect(page.getByTestId('server-investigations')).toBeVisible();
  expect(errors, 'page errors').toEqual([]);
}

/** Opens an investigation from the server's list by its title. */
export async function openFromList(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${title} from the server` }).click();
}

/** Types into a search box and picks the result with this id, found by the API's order for the same query. */
export async function pickFromServerSearch(
  page: Page,
  testId: string,
  investigation: string,
  id: string,
  query: string,
) {
  const found = await searchApi(investigation, query, 12);
  const at = found.items.findIndex((e) => e.id === id);
  expect(at, `${id} among the first results for “${query}”`).toBeGreaterThanOrEqual(0);
  const box = page.getByTestId(testId);
  await box.fill(query);
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options).toHaveCount(found.items.length);
  await expect(options.nth(at)).toContainText(found.items[at]!.label);
  await options.nth(at).click();
}

/** The "+N" badge drawn on an entity, or null when none is drawn. */
export async function badgeOf(page: Page, id: string): Promise<string | null> {
  return page.evaluate((key) => window.__graphView?.drawnBadges().find((b) => b.id === key)?.text ?? null, id);
}

/** The entity ids drawn. */
export async function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__graphView?.positions().keys() ?? [])]);
}
