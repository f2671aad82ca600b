/**
 * A plain text table with columns padded to their widest cell; wide cells are wrapped at
 * `maxWidth` so the table stays readable in an 100-column terminal.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 48,
) {
  const wrapped = [header, ...rows].map((row) => row.map((cell) => wrap(cell, maxWidth)));
  const widths = header.map((_, i) =>
    Math.max(...wrapped.flatMap((row) => (row[i] ?? ['']).map((line) => line.length))),
  );
  const render = (row: string[][]): string[] => {
    const height = Math.max(...row.map((lines) => lines.length));

    return Array.from({ length: height }, (_, k) =>
      row
        .map((lines, i) => (lines[k] ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');

  return [...render(wrapped[0]!), rule, ...wrapped.slice(1).flatMap(render)].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';

  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }

  return [...lines, line];
}
