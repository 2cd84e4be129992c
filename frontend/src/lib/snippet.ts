// Search snippets arrive as plain text with each match between U+FDD0 and U+FDD1
// (app/search.go): noncharacters, never in text, so a text's own square brackets ("he
// [the minister] said", "[sic]") stay text and are never taken for a match. They are
// split here into parts the view renders as text nodes (marked parts inside <mark>),
// never as HTML.
//
// A marker out of place (a close with no open, an open never closed) is dropped: the text
// around it shows unmarked. Empty marks vanish.

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';

export function parseSnippet(snippet: string | null | undefined): SnippetPart[] {
  const s = snippet ?? '';
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let from = 0;
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== OPEN && c !== CLOSE) continue;
    const text = s.slice(from, i);
    from = i + 1;
    if (c === OPEN && !open) {
      push(text, false);
      open = true;
    } else if (c === CLOSE && open) {
      push(text, true);
      open = false;
    } else {
      push(text, open); // a marker out of place: dropped
    }
  }
  push(s.slice(from), false); // an open mark never closed: its text unmarked
  return parts;
}

/** The snippet without markers (for titles and aria labels). */
export function snippetText(snippet: string | null | undefined): string {
  return parseSnippet(snippet)
    .map((p) => p.text)
    .join('');
}
