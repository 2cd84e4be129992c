export { ApiError, toApiError, type ErrorCode } from './errors';
export { call, onEvent, emitEvent, mode, type Mode, type Unsubscribe } from './transport';
export { articlesApi, type Article, type ArticlePage, type ArticleSummary, type ArticleUpdate } from './articles';
export { workspaceApi, type WorkspaceInfo } from './workspace';
export { UI_READY, emitUiReady, type UiReady, UNSAVED_ASK, emitUnsavedAnswer, type UnsavedAnswer } from './events';
