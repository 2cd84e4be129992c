// How a span came to be, in words, for the side panel's line under its quote. The
// spans.origin column holds a code (docs/schema.md, "origin convention"): "analyst",
// "match:<method>" (accepted from Find in other articles), "rule:<name>" (a built-in
// rule), "<engine>:<rule>" (another suggester). The analyst reads words, not codes.

/** The span's origin in words; '' for the analyst's own (nothing to say). */
export function spanOriginLabel(origin: string): string {
  const o = origin.trim();
  if (o === '' || o === 'analyst') return '';
  const [engine, rule = ''] = o.split(':', 2) as [string, string?];
  if (engine === 'match') return 'found by Find in other articles';
  if (o === 'rule:ingest-cites') return 'read from the agencies the article cites, at import';
  if (engine === 'rule') return rule ? `suggested by the ${rule.replace(/[-_]/g, ' ')} rule` : 'suggested by a rule';
  return engine === 'suggested' ? 'suggested' : `suggested by ${engine}`;
}
