// Extra top-level views beside the reader (claims, sources, entities, search, tags).
// Each entry adds a tab to the app's navigation; App.svelte renders the active one.
import type { Component } from 'svelte';

export interface ExtraView {
  id: string;
  label: string;
  component: Component<Record<string, never>>;
}

export const extraViews: ExtraView[] = [];
