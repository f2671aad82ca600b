/**
 * A short confirmation after a save ("Saved"). The live region is always in the page, so a
 * screen reader hears the text when it appears.
 */
export function StatusNote({ text, testId }: { readonly text: string; readonly testId?: string }) {
  return (
    <span role="status" className="status-note" data-testid={testId}>
      {text}
    </span>
  );
}
