// A team on one investigation (issue 21), against the graph server of playwright.config.ts: its team copy of the
// story is Alice's, Bob edits it and Rita reads it (server/testing/e2eServer.ts). Two people editing the same
// relation see a conflict and lose nothing; a reader's write is refused; the history lists both edits and restores
// the first; a change made while the server is down reaches it after a restart. Expected values come from the
// bundled story's file and from what each test typed, and the server is asked directly through its API.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Relation } from '../src/model/schema';
import { E2E_TEAM_TITLE, E2E_USERS } from '../server/testing/e2eUsers';
import { bundledStory, screenshot } from './helpers';
import { SERVER } from './serverHelpers';

const story = bundledStory();
type Who = keyof typeof E2E_USERS;

// Velásquez's trip to Iran: the story's only planned relation, undated in the articles.
const trip = story.relations.find((r) => r.modality === 'planned')!;
const velasquez = story.entities.find((e) => e.id === trip.source)!;

/** One session per account and server: sign-in attempts are rate-limited, and the tests poll. */
const cookies = new Map<string, Promise<string>>();
function sessionCookie(who: Who, origin: string): Promise<string> {
  const key = `${who} ${origin}`;
  let cookie = cookies.get(key);
  if (!cookie) {
    cookie = fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(E2E_USERS[who]),
    }).then((answer) => {
      if (!answer.ok) throw new Error(`${who} could not sign in: ${answer.status}`);
      return answer.headers.get('set-cookie')!.split(';')[0]!;
    });
    cookies.set(key, cookie);
  }
  return cookie;
}

/** The server's own record, read through the API as `who`. */
async function exported(
  who: Who,
  origin = SERVER,
): Promise<{ entities: { id: string; label: string }[]; relations: Relation[] }> {
  const cookie = await sessionCookie(who, origin);
  const list = (await (await fetch(`${origin}/api/investigations`, { headers: { cookie } })).json()) as {
    id: string;
    title: string;
  }[];
  const id = list.find((item) => item.title === E2E_TEAM_TITLE)!.id;
  return (await fetch(`${origin}/api/investigations/${id}/export?format=json`, { headers: { cookie } })).json();
}

async function signedIn(browser: Browser, who: Who, origin = SERVER): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await page.getByRole('button', { name: 'Investigations' }).click();
  const form = page.getByTestId('sign-in');
  await form.getByLabel('Username').fill(E2E_USERS[who].username);
  await form.getByLabel('Password').fill(E2E_USERS[who].password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${who}`);
  await page.getByRole('button', { name: `Open ${E2E_TEAM_TITLE} from the server` }).click();
  await expect(page.getByTestId('graph-counts')).toHaveText(
    `${story.entities.length} of ${story.entities.length} entities · ${story.relations.length} of ${story.relations.length} relations`,
  );
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'live');
  return page;
}

async function selectEntity(page: Page, name: string) {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(name);
}

async function openTripEditor(page: Page) {
  await selectEntity(page, velasquez.label);
  await page
    .getByTestId('entity-relations')
    .getByRole('button', { name: /^visited Iran/ })
    .click();
  await page.getByTestId('relation-details').getByTestId('edit-relation').click();
  return page.getByTestId('relation-editor');
}

test('two people edit the same relation at once: a conflict shows both, and neither edit is lost', async ({
  browser,
}) => {
  expect(trip.date).toBeUndefined();
  const alice = await signedIn(browser, 'alice');
  const bob = await signedIn(browser, 'bob');
  // Both open the editor on the relation as it was imported.
  const aliceEditor = await openTripEditor(alice);
  const bobEditor = await openTripEditor(bob);
  await aliceEditor.getByLabel('Date', { exact: true }).fill('October 2025');
  await aliceEditor.getByRole('button', { name: 'Save' }).click();
  // Alice's change reaches Bob's open investigation, with her name, within two seconds.
  await expect(bob.getByTestId('notice')).toContainText('alice:', { timeout: 2000 });

  await bobEditor.getByLabel('Date', { exact: true }).fill('November 2025');
  await bobEditor.getByRole('button', { name: 'Save' }).click();
  const dialog = bob.getByTestId('conflict-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('changed by alice');
  await expect(dialog.getByTestId('conflict-mine')).toContainText('November 2025');
  await expect(dialog.getByTestId('conflict-theirs')).toContainText('October 2025');
  await screenshot(bob, 'conflict-dialog');
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(bob.getByTestId('sync-status')).toHaveAttribute('data-state', 'live');
  await expect(bob.getByTestId('sync-status')).toContainText('your edits are saved');
  await expect
    .poll(async () => JSON.stringify((await exported('rita')).relations.find((r) => r.id === trip.id)?.date))
    .toContain('November 2025');

  // The history lists both edits, newest first; restoring Alice's is a new change that everyone gets.
  const history = bob.getByTestId('history');
  await expect(history.getByTestId('history-item')).toHaveCount(2);
  await expect(history.getByTestId('history-item').nth(0)).toContainText('bob');
  await expect(history.getByTestId('history-item').nth(1)).toContainText('alice');
  await screenshot(bob, 'shared-history');
  await history.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(history.getByTestId('history-item')).toHaveCount(3);
  await expect
    .poll(async () => JSON.stringify((await exported('rita')).relations.find((r) => r.id === trip.id)?.date))
    .toContain('October 2025');
  await expect(alice.getByTestId('notice')).toContainText('bob: Restored');
  await alice.context().close();
  await bob.context().close();
});

test('a reader’s write is refused, and the investigation is unchanged', async ({ browser }) => {
  const rita = await signedIn(browser, 'rita');
  const before = (await exported('alice')).entities.find((e) => e.id === velasquez.id)!;
  await selectEntity(rita, before.label);
  await rita.getByTestId('edit-entity').click();
  const editor = rita.getByTestId('entity-editor');
  await editor.getByLabel('Name').fill('Renamed by a reader');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(rita.getByTestId('notice')).toContainText('The server did not take');
  await expect(rita.getByTestId('notice')).toContainText('reader');
  expect((await exported('alice')).entities.find((e) => e.id === velasquez.id)!.label).toBe(before.label);
  await rita.context().close();
});

/** A graph server of the test's own, on a store it keeps between a stop and a start. */
function startServer(port: number, dataDir: string): ChildProcess {
  return spawn('npx', ['tsx', 'server/testing/e2eServer.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, E2E_ENTITIES: '200' },
    stdio: 'ignore',
    detached: true,
  });
}
async function stopServer(server: ChildProcess) {
  const ended = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid!, 'SIGTERM');
  await ended;
}
async function healthy(origin: string) {
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
}

test('offline: a change made while the server is stopped reaches it after a restart', async ({ browser }) => {
  test.setTimeout(180_000);
  const port = (Number(process.env.E2E_PORT) || 4173) + 2;
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'graph-offline-'));
  let server = startServer(port, dataDir);
  try {
    await healthy(origin);
    const bob = await signedIn(browser, 'bob', origin);
    await stopServer(server);
    await expect(bob.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline');

    await selectEntity(bob, velasquez.label);
    await bob.getByTestId('edit-entity').click();
    const editor = bob.getByTestId('entity-editor');
    await editor.getByLabel('Name').fill(`${velasquez.label} (edited offline)`);
    await editor.getByRole('button', { name: 'Save' }).click();
    // The app keeps working, and says what waits.
    await expect(bob.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(
      `${velasquez.label} (edited offline)`,
    );
    await expect(bob.getByTestId('sync-status')).toContainText('1 change waits');

    server = startServer(port, dataDir);
    await healthy(origin);
    await expect(bob.getByTestId('sync-status')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    await expect(bob.getByTestId('sync-status')).toContainText('your edits are saved');
    const after = await exported('bob', origin);
    expect(after.entities.find((e) => e.id === velasquez.id)?.label).toBe(`${velasquez.label} (edited offline)`);
    await bob.context().close();
  } finally {
    await stopServer(server).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a deletion taken back from the activity list brings the entity and its relations back, for everyone', async ({
  browser,
}) => {
  // An entity with a few relations, other than the one the first test edits.
  const relationsOf = (id: string) => story.relations.filter((r) => r.source === id || r.target === id);
  const entity = story.entities.find((e) => e.id !== velasquez.id && relationsOf(e.id).length >= 2)!;
  const gone = relationsOf(entity.id).length;
  const alice = await signedIn(browser, 'alice');
  await selectEntity(alice, entity.label);
  await alice.getByTestId('delete-entity').click();
  await alice.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(alice.getByTestId('entity-details')).toHaveCount(0);
  await expect.poll(async () => (await exported('rita')).entities.some((e) => e.id === entity.id)).toBe(false);
  expect((await exported('rita')).relations.filter((r) => r.source === entity.id || r.target === entity.id)).toEqual(
    [],
  );

  // Nothing selected: the activity list, with the deletion first, and who may see the investigation.
  const activity = alice.getByTestId('activity');
  const deletion = activity.getByTestId('activity-item').first();
  await expect(deletion).toContainText(`Deleted “${entity.label}”`);
  await expect(alice.getByTestId('shared-people')).toContainText('Your role: owner');
  await expect(alice.getByTestId('shared-people').getByRole('listitem')).toHaveCount(3);
  await screenshot(alice, 'shared-activity');
  await deletion.getByRole('button', { name: /^Take back/ }).click();
  await expect(alice.getByTestId('graph-counts')).toHaveText(
    `${story.entities.length} of ${story.entities.length} entities · ${story.relations.length} of ${story.relations.length} relations`,
  );
  await expect.poll(async () => (await exported('rita')).entities.some((e) => e.id === entity.id)).toBe(true);
  expect(
    (await exported('rita')).relations.filter((r) => r.source === entity.id || r.target === entity.id),
  ).toHaveLength(gone);
  await alice.context().close();
});

test('first start: the owner signs in once with the printed token, chooses a password, and owns the story', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const port = (Number(process.env.E2E_PORT) || 4173) + 3;
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'graph-first-start-'));
  const server = spawn('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let printed = '';
  server.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  try {
    await healthy(origin);
    await expect.poll(() => printed).toContain('one-time token');
    const token = printed
      .split('\n')
      .find((line) => /^\s{4}\S+$/.test(line))!
      .trim();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('button', { name: 'Investigations' }).click();
    // Nothing is listed before signing in: the story is the owner's, not public.
    await expect(
      page.getByText('Nothing here is public. Sign in to see the investigations shared with you.'),
    ).toBeVisible();
    const form = page.getByTestId('sign-in');
    await form.getByLabel('Username').fill('owner');
    await form.getByLabel('Password').fill(token);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form).toContainText('Choose a password');
    await form.getByLabel('New password').fill('short');
    await form.getByRole('button', { name: 'Save password' }).click();
    await expect(form.getByRole('alert')).toContainText('at least 10 characters');
    await form.getByLabel('New password').fill('the owner’s own password');
    await form.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as owner');
    await expect(page.getByTestId('server-investigation').filter({ hasText: story.title })).toBeVisible();
    // The token was for once only.
    const again = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'owner', password: token }),
    });
    expect(again.status).toBe(401);
    await context.close();
  } finally {
    await stopServer(server).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('undo takes back only one’s own change: a record someone else changed since stays as they left it', async ({
  browser,
}) => {
  // Two entities other than those the tests above change.
  const [first, second] = story.entities.filter((e) => e.id !== velasquez.id && e.type === 'person').slice(-2);
  const rename = async (page: Page, from: string, to: string) => {
    await selectEntity(page, from);
    await page.getByTestId('edit-entity').click();
    await page.getByTestId('entity-editor').getByLabel('Name').fill(to);
    await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(to);
  };
  const labelOnServer = async (id: string) => (await exported('rita')).entities.find((e) => e.id === id)?.label;
  const alice = await signedIn(browser, 'alice');
  const bob = await signedIn(browser, 'bob');

  // Alice renames the first; Bob, once he has it, renames it again. Alice's undo leaves Bob's name.
  await rename(alice, first!.label, `${first!.label} (Alice)`);
  await expect(bob.getByTestId('notice')).toContainText('alice:');
  await rename(bob, `${first!.label} (Alice)`, `${first!.label} (Bob)`);
  await expect.poll(() => labelOnServer(first!.id)).toBe(`${first!.label} (Bob)`);
  await expect(alice.getByTestId('notice')).toContainText('bob:');
  await alice.getByRole('button', { name: 'Undo' }).click();
  await expect(alice.getByTestId('notice')).toContainText('as someone else changed it since');
  await expect(alice.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(
    `${first!.label} (Bob)`,
  );
  expect(await labelOnServer(first!.id)).toBe(`${first!.label} (Bob)`);

  // Her own change, untouched since, goes back on the server.
  await rename(alice, second!.label, `${second!.label} (Alice)`);
  await expect.poll(() => labelOnServer(second!.id)).toBe(`${second!.label} (Alice)`);
  await alice.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => labelOnServer(second!.id)).toBe(second!.label);
  await alice.context().close();
  await bob.context().close();
});
