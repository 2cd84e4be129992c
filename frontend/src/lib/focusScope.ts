// Which card or row a focused control belongs to, so that keepFocus puts the focus back
// on the control's re-rendered twin in the same card, never on the first control with
// the same test id anywhere on the page (another mention's "Confirm", another row's
// button). Plain data, no DOM: lib/keepFocus reads the page into it.

/** A card or row: its node, and a key from its identifying data attributes ('' = none, e.g. data-span-id=12). */
export interface Scope {
  node: unknown;
  key: string;
}

/** The key of a card or row from its data attributes other than its test id ("span-id=12"); '' when it has none. */
export function scopeKey(data: Record<string, string | undefined>): string {
  return Object.keys(data)
    .filter((k) => k !== 'testid' && data[k] !== undefined)
    .sort()
    .map((k) => `${k}=${data[k]}`)
    .join(';');
}

/**
 * Whether a twin in scope `other` may take the focus of a control that was in `was`.
 * Not in a card or row: any twin. Else the same card, or, when that card was re-rendered
 * (no longer on the page), the card that replaced it: the same identifying key.
 */
export function sameScope(was: Scope | null, other: Scope | null, wasStillThere: boolean): boolean {
  if (was === null) return true;
  if (other === null) return false;
  if (other.node === was.node) return true;
  return !wasStillThere && was.key !== '' && other.key === was.key;
}
