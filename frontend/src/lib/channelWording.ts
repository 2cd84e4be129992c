// The channel as written ("Rescue said", "according to KCNA") is what the attribution
// reading saw in the text, and it describes the speaker, channel and origin it read.
// When the analyst corrects one of those in Edit attribution, the suggested wording
// describes something no longer there ("Rescue said" under the speaker "Amberford Fire
// and Rescue"): it is cleared, and the form says so. Wording the analyst wrote, or
// typed in this form (even the same words again), is theirs and stays. A channel source
// picked where there was none is the analyst naming what the wording says ("Lantern
// News Agency reported" → Lantern News Agency): the wording stays; a channel changed
// from one source to another clears it like a speaker does.

export interface AttributionFields {
  speaker: string;
  channelSourceId: number;
  originSourceId: number;
  channelText: string;
}

export interface WordingFollow {
  channelText: string;
  /** What happened, in words, when the wording was cleared; '' when it stays. */
  note: string;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The channel wording after the analyst changed the form from `before` to `now`;
 * `suggested` = the stored attribution is the reading's, not the analyst's; `typed` = the
 * analyst typed in the wording field in this form.
 */
export function followWording(before: AttributionFields, now: AttributionFields, suggested: boolean, typed: boolean): WordingFollow {
  const keep = { channelText: now.channelText, note: '' };
  if (!suggested || typed || before.channelText.trim() === '' || now.channelText !== before.channelText) return keep;
  const changed: string[] = [];
  if (!sameName(before.speaker, now.speaker)) changed.push('speaker');
  if (before.channelSourceId !== 0 && before.channelSourceId !== now.channelSourceId) changed.push('channel');
  if (before.originSourceId !== now.originSourceId) changed.push('origin');
  if (changed.length === 0) return keep;
  return {
    channelText: '',
    note: `Cleared the suggested wording “${before.channelText}”: it described the ${changed.join(' and ')} you changed. Type the wording again if it still fits.`,
  };
}

/**
 * The origin after the analyst chose `channel` as the mention's channel source: "none: the
 * speaker or channel" (0) when the origin was that same source, since a source relayed by
 * itself is a loop Go refuses and the channel is then the chain's root; else unchanged.
 */
export function originAfterChannel(channel: number, origin: number): number {
  return channel !== 0 && channel === origin ? 0 : origin;
}
