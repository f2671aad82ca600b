/** A line of the regulation's text and the numbered paragraph (тармақ) it belongs to. */
export interface TextLine {
  readonly paragraph: number | null;
  readonly text: string;
}

export function line(paragraph: number | null, text: string): TextLine {
  return { paragraph, text };
}

/** Closes a list the way the act does: ";" after each item, "." after the last. */
export function closeList(items: readonly string[]): string[] {
  return items.map((item, i) => `${item}${i === items.length - 1 ? '.' : ';'}`);
}
