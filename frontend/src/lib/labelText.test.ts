import { describe, expect, it } from 'vitest';
import { LABEL_MAX, labelText } from './labelText';
import { showInvisible } from './invisibleChars';

describe('labelText', () => {
  it('leaves a short plain text as it is', () => {
    expect(labelText('The dam held')).toBe('The dam held');
    expect(labelText(undefined)).toBe('');
  });
  it('makes newlines, tabs and control characters one space', () => {
    expect(labelText('The spillway\nopened\r\n\tat dawn\u0007 \u0085today\u2028.')).toBe('The spillway opened at dawn today .');
    expect(labelText('\n\n  both ends \u0000')).toBe('both ends');
  });
  it('shows direction controls and marks in left-to-right text as marks, as every shown text does', () => {
    const out = labelText('did \u202Eton\u202C happen, 1\u200F,500');
    expect(out).toBe(showInvisible('did \u202Eton\u202C happen, 1\u200F,500'));
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  });
  it('keeps right-to-left text, with the marks it needs', () => {
    expect(labelText('נועה\u200F לוי')).toBe('נועה\u200F לוי');
  });
  it('cuts a long text at LABEL_MAX characters with an ellipsis', () => {
    const long = 'evacuated '.repeat(500);
    const out = labelText(long);
    expect(Array.from(out).length).toBeLessThanOrEqual(LABEL_MAX);
    expect(out.endsWith('…')).toBe(true);
    expect(labelText('abcdef', 4)).toBe('abc…');
  });
  it('never splits an emoji or a letter from its accent', () => {
    const family = '👩‍👩‍👧';
    const out = labelText(`${'x'.repeat(8)}${family}${family}${family}`, 10);
    expect(out).toBe(`${'x'.repeat(8)}${family}…`);
    expect(labelText('e\u0301'.repeat(10), 3)).toBe('e\u0301e\u0301…');
  });
});
