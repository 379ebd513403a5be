// The evidence lint panel. On the bundled story, every item the lint finds is answered in the story's own reviews
// (dataset.reviews): the panel lists them as answered, with their notes, and one leads to its relation. On a small
// made-up file with two known items (e2e/fixtures/lint-small.json), one is kept with a note (Ctrl+Z takes that back)
// and the other leads to its entity. What the items are about comes from reading the data, not from the lint.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer } from './helpers';

const story = bundledStory();
const entity = (id: string) => story.entities.find((e) => e.id === id)!;

const FIXTURE = 'e2e/fixtures/lint-small.json';
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  sources: { id: string; title: string; notBefore?: string; published: string; cites: string[] }[];
  entities: { id: string; label: string; aliases?: string[] }[];
  relations: unknown[];
};

async function showLint(page: Page) {
  await page.getByRole('button', { name: 'Evidence lint' }).click();
  const panel = page.getByTestId('evidence-lint');
  await expect(panel).toBeVisible();
  return panel;
}

/** The small file opened in place of the story, with its lint panel: its two items are open. */
async function openFixtureLint(page: Page) {
  await openExplorer(page);
  await page.getByTestId('open-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('graph-counts')).toContainText(`of ${fixture.relations.length} relations`);
  const panel = await showLint(page);
  await expect(panel.getByTestId('lint-summary')).toHaveText('2 to check · 0 answered');
  return panel;
}

test('on the story, every item is answered with its note, and one leads to its relation', async ({ page }) => {
  await openExplorer(page);
  const panel = await showLint(page);
  await panel.getByRole('button', { name: 'What is the evidence lint?' }).click();
  await expect(panel.getByText(/each is a question, not a verdict/)).toBeVisible();
  await panel.getByRole('button', { name: 'What is the evidence lint?' }).press('Escape');
  // The story answers three items; the lint has nothing else to ask.
  const reviews = story.reviews ?? [];
  expect(reviews).toHaveLength(3);
  await expect(panel.getByTestId('lint-summary')).toHaveText(`0 to check · ${reviews.length} answered`);
  await expect(panel.getByTestId('lint-answer')).toHaveCount(reviews.length);
  // Each rule's heading counts as the summary does: what is left to check, and what is answered.
  const rules = new Set(reviews.map((r) => (JSON.parse(r.item) as [string])[0]));
  for (const rule of rules) {
    const answeredHere = reviews.filter((r) => (JSON.parse(r.item) as [string])[0] === rule).length;
    await expect(panel.locator(`[data-testid="lint-rule"][data-rule="${rule}"] h3 .count`)).toHaveText(
      `0 to check · ${answeredHere} answered`,
    );
  }
  // Each answer is on the item of its record (the review's key names the rule and the relation).
  for (const review of reviews) {
    const [rule, relationId] = JSON.parse(review.item) as [string, string];
    const item = panel.locator(`[data-testid="lint-item"][data-rule="${rule}"][data-target="${relationId}"]`);
    await expect(item.getByTestId('lint-answer')).toContainText(review.note);
    await expect(item.getByTestId('lint-answer')).toContainText(review.date);
  }
  // The former officer's count of working Sukhoi jets, from a source the story calls an expert, is kept as evidence.
  const fleet = story.relations.find((r) => r.id === 'venezuela-possesses-su-30mk2')!;
  const count = fleet.claims.find((c) => c.quote.startsWith('A former Venezuelan military officer'))!;
  expect(count.via).toEqual(['former-ve-officer']);
  const item = panel.locator(
    '[data-testid="lint-item"][data-rule="commentary-as-evidence"][data-target="venezuela-possesses-su-30mk2"]',
  );
  await expect(item).toContainText('former-ve-officer');
  await item
    .getByRole('button', {
      name: `${entity('venezuela').label} — has in service — ${entity('su-30mk2').label}`,
      exact: true,
    })
    .click();
  const details = page.getByTestId('relation-details');
  await expect(details.getByRole('heading', { level: 2 })).toContainText(entity('venezuela').label);
  await expect(details.getByRole('heading', { level: 2 })).toContainText(entity('su-30mk2').label);
  await expect(details).toContainText(count.quote);
});

test('a shared name’s item leads to its entity', async ({ page }) => {
  const panel = await openFixtureLint(page);
  // "Harbour Town" is an alias of Northland and the town's own label; the item leads to the first by id.
  const northland = fixture.entities.find((e) => e.id === 'northland')!;
  const town = fixture.entities.find((e) => e.id === 'harbour-town')!;
  expect(northland.aliases).toContain(town.label);
  const shared = panel.locator('[data-testid="lint-item"][data-rule="shared-alias"]', { hasText: `“${town.label}”` });
  await expect(shared).toHaveCount(1);
  await shared.getByRole('button', { name: town.label, exact: true }).click();
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(town.label);
});

test('an item kept with a note shows as answered; Ctrl+Z takes the answer back; the note is required', async ({
  page,
}) => {
  const panel = await openFixtureLint(page);
  const before = 2;
  // The note may date from 2025-10-01 (notBefore), but it cites the bulletin, published 2025-10-20.
  const article = fixture.sources.find((s) => s.id === 'fixture-note')!;
  expect(article.notBefore).toBe('2025-10-01');
  expect(article.cites).toEqual(['fixture-bulletin']);
  expect(fixture.sources.find((s) => s.id === 'fixture-bulletin')!.published).toBe('2025-10-20');
  const item = panel.locator('[data-testid="lint-item"][data-rule="earlier-than-cited"][data-target="fixture-note"]');
  await expect(item).toContainText('2025-10-20');
  await expect(item.getByRole('button', { name: article.title, exact: true })).toBeVisible();
  await item.getByRole('button', { name: `Keep with a note: ${article.title}` }).click();
  const note = item.getByRole('textbox', { name: /Note/ });
  await expect(note).toBeFocused();
  // Without a note nothing is kept.
  await item.getByRole('button', { name: 'Keep', exact: true }).click();
  await expect(item.getByRole('alert')).toHaveText(/note/);
  await expect(item.getByTestId('lint-answer')).toHaveCount(0);

  await note.fill('The note’s day is a guess; the bulletin link needs checking.');
  await item.getByRole('button', { name: 'Keep', exact: true }).click();
  await expect(item.getByTestId('lint-answer')).toContainText('Answered');
  await expect(item.getByTestId('lint-answer')).toContainText('The note’s day is a guess');
  await expect(page.getByTestId('lint-summary')).toHaveText(`${before - 1} to check · 1 answered`);
  // Focus is on the answer's Reopen button, so Ctrl+Z goes to the explorer, not a text field.
  await expect(item.getByRole('button', { name: `Reopen: ${article.title}` })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(item.getByTestId('lint-answer')).toHaveCount(0);
  await expect(page.getByTestId('lint-summary')).toHaveText(`${before} to check · 0 answered`);

  // Kept again, then reopened from the panel with the keyboard.
  await item.getByRole('button', { name: `Keep with a note: ${article.title}` }).press('Enter');
  await item.getByRole('textbox', { name: /Note/ }).fill('checked');
  await item.getByRole('textbox', { name: /Note/ }).press('Tab');
  await page.keyboard.press('Enter');
  await expect(item.getByTestId('lint-answer')).toContainText('checked');
  await item.getByRole('button', { name: `Reopen: ${article.title}` }).press('Enter');
  await expect(item.getByTestId('lint-answer')).toHaveCount(0);
  await expect(page.getByTestId('lint-summary')).toHaveText(`${before} to check · 0 answered`);

  // Escape closes the form without keeping anything, and focus goes back to the button that opened it.
  const opener = item.getByRole('button', { name: `Keep with a note: ${article.title}` });
  await opener.click();
  await item.getByRole('textbox', { name: /Note/ }).fill('not kept');
  await item.getByRole('textbox', { name: /Note/ }).press('Escape');
  await expect(item.getByRole('textbox')).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(item.getByTestId('lint-answer')).toHaveCount(0);
});

/** Serious or critical axe violations inside the lint panel, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="evidence-lint"]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('the lint panel, with a form open, has no serious accessibility violation', async ({ page }) => {
  test.setTimeout(90_000);
  const panel = await openFixtureLint(page);
  await panel
    .getByRole('button', { name: /^Keep with a note/ })
    .first()
    .click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the lint panel, with the story’s answered items, has no serious accessibility violation', async ({ page }) => {
  test.setTimeout(90_000);
  await openExplorer(page);
  const panel = await showLint(page);
  await expect(panel.getByTestId('lint-answer')).toHaveCount(story.reviews!.length);
  expect(await seriousViolations(page)).toEqual([]);
});

test('past 5,000 relations the lint runs in a worker and lists what it finds', async ({ page }) => {
  test.setTimeout(180_000);
  // 5,001 relations in a chain of entities, each with one claim from one article citing a document. Relation 7's
  // quote says "reportedly" without being marked hedged: the one item the lint must find, and nothing else is
  // flagged (no dates, no attribution words, no commentary, no aliases).
  const count = 5001;
  const dataset = {
    title: 'Five thousand and one relations',
    sources: [
      { id: 'art', kind: 'article', title: 'The article', published: '2025-10-01', cites: ['doc'] },
      { id: 'doc', kind: 'document', title: 'The document', published: '2025-09-01', cites: [] },
    ],
    entities: Array.from({ length: count + 1 }, (_, i) => ({ id: `e${i}`, type: 'person', label: `Person ${i}` })),
    relations: Array.from({ length: count }, (_, i) => ({
      id: `r${i}`,
      type: 'met_with',
      source: `e${i}`,
      target: `e${i + 1}`,
      claims: [
        {
          source: 'art',
          status: 'reported',
          quote: i === 7 ? `Person ${i} reportedly met the next one` : `Person ${i} met the next one`,
        },
      ],
    })),
  };
  await openExplorer(page);
  // Workers this page starts, to see that the lint ran in one.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) });
  await expect(page.getByTestId('graph-counts')).toContainText(`of ${count} relations`, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Evidence lint' }).click();
  const panel = page.getByTestId('evidence-lint');
  await expect(panel.getByTestId('lint-summary')).toHaveText('1 to check · 0 answered', { timeout: 60_000 });
  await expect(
    panel.locator('[data-testid="lint-item"][data-rule="hedge-not-marked"][data-target="r7"]'),
  ).toBeVisible();
  expect(workers.some((url) => url.includes('lint.worker'))).toBe(true);
});
