// Extra top-level views beside the reader (claims, sources, entities, search, tags).
// Each entry adds a tab to the app's navigation; App.svelte renders the active one.
import type { Component } from 'svelte';
import './verify.css';
import ClaimsView from './claims/ClaimsView.svelte';
import SourcesView from './sources/SourcesView.svelte';
import EntitiesView from './entities/EntitiesView.svelte';
import SearchView from './search/SearchView.svelte';
import TagsView from './tags/TagsView.svelte';
import MatrixView from './verify/MatrixView.svelte';
import SuggestionsView from './suggestions/SuggestionsView.svelte';

export interface ExtraView {
  id: string;
  label: string;
  component: Component<Record<string, never>>;
}

export const extraViews: ExtraView[] = [
  { id: 'claims', label: 'Claims', component: ClaimsView },
  { id: 'matrix', label: 'Matrix', component: MatrixView },
  { id: 'sources', label: 'Sources', component: SourcesView },
  { id: 'entities', label: 'Entities', component: EntitiesView },
  { id: 'search', label: 'Search', component: SearchView },
  { id: 'tags', label: 'Tags', component: TagsView },
  { id: 'suggestions', label: 'Suggestions', component: SuggestionsView },
];
