// The Published cell of an outlet in Sources: two links side by side, its articles and
// the claims mentioned in them. Each says what it lists on its own ("1 article" and "its
// claims"; they read "1 article claims" as one phrase, uxwalk5's finding 11).
import { plural } from '../claims/format';

export function publishedLinks(articles: number): { articles: string; claims: string } {
  return { articles: plural(articles, 'article'), claims: articles === 1 ? 'its claims' : 'their claims' };
}
