// Extra top-level views beside the reader (claims, sources, entities, search, tags, feeds).
// Each entry adds a tab to the app's navigation; App.svelte renders the active one.
// Their code is loaded when a view is first opened (a separate chunk each), so the
// reader's start-up parses only what it shows.
import type { Component } from 'svelte';
import './verify.css';
import { matrix } from '../stores/matrix.svelte';
import { claims } from '../stores/claims.svelte';
import { nav } from '../stores/nav.svelte';
import { idParam } from './claims/format';

type ViewModule = { default: Component<Record<string, never>> };

export interface ExtraView {
  id: string;
  label: string;
  /** The view's component, loaded on first use (then cached by the module loader). */
  load: () => Promise<ViewModule>;
  /** Starts what the view will show for these params, as it is opened (nav.open). */
  opening?: (params: Record<string, unknown>) => void;
}

export const extraViews: ExtraView[] = [
  {
    id: 'claims',
    label: 'Claims',
    load: () => import('./claims/ClaimsView.svelte'),
    // "Open in Claims": the claim is asked for with the click; it waited for the view's
    // first render and effects (~100 ms under load); the view's deep link then finds it open.
    opening: (p) => {
      const id = idParam(p.claimId);
      if (id !== null && id !== claims.currentId) void claims.open(id);
    },
  },
  {
    id: 'matrix',
    label: 'Matrix',
    load: () => {
      // the grid's request leaves with the code's, not after it (a microtask: this runs
      // while the template is evaluated, where state must not change)
      queueMicrotask(() => matrix.prefetch());
      return import('./verify/MatrixView.svelte');
    },
  },
  { id: 'sources', label: 'Sources', load: () => import('./sources/SourcesView.svelte') },
  { id: 'entities', label: 'Entities', load: () => import('./entities/EntitiesView.svelte') },
  { id: 'search', label: 'Search', load: () => import('./search/SearchView.svelte') },
  { id: 'tags', label: 'Tags', load: () => import('./tags/TagsView.svelte') },
  { id: 'suggestions', label: 'Suggestions', load: () => import('./suggestions/SuggestionsView.svelte') },
  { id: 'feeds', label: 'Feeds', load: () => import('./feeds/FeedsView.svelte') },
];

nav.onOpen((view, params) => extraViews.find((v) => v.id === view)?.opening?.(params));
