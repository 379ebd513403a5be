// Steps shared by the browser tests that build an investigation from a source's text.
import { expect, type Page } from '@playwright/test';

/** Adds a source with a pasted text through the source editor; the reader opens on it. */
export async function addSource(page: Page, title: string, text: string) {
  await page.getByTestId('add-source').click();
  const editor = page.getByTestId('source-editor');
  await expect(editor).toBeVisible();
  await editor.getByTestId('source-title').fill(title);
  await editor.getByTestId('source-published').fill('2025-11-03');
  await editor.getByTestId('source-text').fill(text);
  await editor.getByTestId('source-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('source-reader')).toBeVisible();
}

/** Selects `phrase` in the reader's text as a user dragging over it would, across the marks inside it. */
export async function selectInReader(page: Page, phrase: string) {
  await page.getByTestId('reader-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const from = whole.indexOf(wanted);
    if (from < 0) throw new Error(`"${wanted}" is not in the reader`);
    const place = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...place(from));
    range.setEnd(...place(from + wanted.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, phrase);
}

/** Picks an entity in a claim end's combobox by typing its name and taking the first match. */
export async function pickEntity(page: Page, testId: string, name: string) {
  const box = page.getByTestId(testId);
  await box.fill(name);
  await expect(page.getByRole('option', { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  await box.press('Enter');
}
