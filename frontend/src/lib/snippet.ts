// Search snippets arrive as plain text with the matched words between '['
// and ']'. They are split here into parts the view renders as text nodes
// (marked parts inside <mark>), never as HTML.
//
// A '[' opens a mark only if a ']' follows it; otherwise it is literal text,
// as is a ']' with no open mark and a '[' inside a mark. Empty marks vanish.

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export function parseSnippet(snippet: string | null | undefined): SnippetPart[] {
  const s = snippet ?? '';
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('[', i);
    if (open < 0) break;
    const close = s.indexOf(']', open + 1);
    if (close < 0) break;
    push(s.slice(i, open), false);
    push(s.slice(open + 1, close), true);
    i = close + 1;
  }
  push(s.slice(i), false);
  return parts;
}

/** The snippet without markers (for titles and aria labels). */
export function snippetText(snippet: string | null | undefined): string {
  return parseSnippet(snippet)
    .map((p) => p.text)
    .join('');
}
