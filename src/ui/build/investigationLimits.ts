/** An investigation's title, as typed in the list: long enough for a headline, short enough to show. */
export const MAX_TITLE_CHARS = 200;
