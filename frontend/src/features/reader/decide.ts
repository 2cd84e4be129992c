// Deciding the reader's selected suggestion, by key (A, R, 1–7: Reader.svelte) or by the
// side panel's buttons (SidePanel.svelte), one path for both: the decision, then the next
// waiting suggestion in the text is selected (the reader scrolls to it), or the panel says
// there is none. Before, the keys decided and left the analyst on the decided span, to find
// the next one with the mouse.
import type { ReaderSpan } from '../../api/spans';
import { annotations } from '../../stores/annotations.svelte';
import { suggestions } from '../../stores/suggestions.svelte';
import { NO_MORE_SUGGESTIONS, nextSuggestion } from './nextSuggestion';

/** Accept, reject, or accept as another entity type (one action, one undo). */
export type Decision = 'accepted' | 'rejected' | { as: string };

/**
 * Decides `span` and moves on: returns the id of the suggestion now selected, null when
 * none waits (and says so), undefined when it was not decided (the error says why).
 */
export async function decideAndMoveOn(span: ReaderSpan, how: Decision): Promise<number | null | undefined> {
  if (typeof how === 'string') await annotations.setState([span.id], how);
  else await suggestions.acceptAs(span.id, how.as); // its store refreshes the spans after
  // The list as Go has it now, so that the next one chosen is still waiting: a rejection
  // rejects the same name's other waiting suggestions with it, and a refresh that started
  // before the decision was stored (a workspace:changed of the one before) may land after
  // it and show it waiting again. refresh() resolves only with a list read after this line.
  if (typeof how === 'string') await annotations.refresh();
  if (annotations.list.find((x) => x.id === span.id)?.state === 'suggested') return undefined;
  const next = nextSuggestion(annotations.list, span);
  if (next !== null) annotations.select(next);
  else {
    annotations.noMoreSuggestions = true;
    annotations.status = NO_MORE_SUGGESTIONS;
  }
  return next;
}
