import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import type {
  ArticleContentInput,
  ArticleRevision,
  ArticleStatus,
  EditorArticle,
  EditorArticleSummary,
  NewsFrontPage,
} from '../../../contracts/portal.contract.js';
import { apiRequest } from '../../shared/api/client.js';
import { portalKeys } from './portal.api.js';

/** Published news is public ('portal' root, kept on sign-out); the office's drafts are not. */
export const newsKeys = {
  frontPage: () => [...portalKeys.all, 'front-page'] as const,
  editorAll: ['portal-editor'] as const,
  editorList: (status: ArticleStatus | undefined, page: number) =>
    [...newsKeys.editorAll, 'list', status ?? 'all', page] as const,
  editorArticle: (id: string) => [...newsKeys.editorAll, 'article', id] as const,
  revisions: (id: string) => [...newsKeys.editorAll, 'revisions', id] as const,
};

const EDITOR_PATH = '/api/v1/portal/editor/articles';

/** The home page's news: featured items and each channel's latest. */
export function useFrontPage() {
  return useQuery({
    queryKey: newsKeys.frontPage(),
    queryFn: ({ signal }) => apiRequest<NewsFrontPage>('/api/v1/portal/front-page', { signal }),
  });
}

export interface EditorArticleList {
  items: EditorArticleSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export function useEditorArticles(status: ArticleStatus | undefined, page: number) {
  return useQuery({
    queryKey: newsKeys.editorList(status, page),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ page: String(page) });
      if (status) params.set('status', status);
      return apiRequest<EditorArticleList>(`${EDITOR_PATH}?${params}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
}

export function useEditorArticle(id: string | undefined) {
  return useQuery({
    queryKey: newsKeys.editorArticle(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<EditorArticle>(`${EDITOR_PATH}/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useArticleRevisions(id: string) {
  return useQuery({
    queryKey: newsKeys.revisions(id),
    queryFn: ({ signal }) =>
      apiRequest<{ items: ArticleRevision[] }>(`${EDITOR_PATH}/${encodeURIComponent(id)}/revisions`, {
        signal,
      }),
  });
}

/** After any step: the article as answered, a fresh list, revisions and (if published) the home page's news. */
function useSettle() {
  const queryClient = useQueryClient();
  return (article: EditorArticle) => {
    queryClient.setQueryData(newsKeys.editorArticle(article.id), article);
    void queryClient.invalidateQueries({ queryKey: [...newsKeys.editorAll, 'list'] });
    void queryClient.invalidateQueries({ queryKey: newsKeys.revisions(article.id) });
    void queryClient.invalidateQueries({ queryKey: newsKeys.frontPage() });
  };
}

export function useCreateArticle() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (content: ArticleContentInput) =>
      apiRequest<EditorArticle>(EDITOR_PATH, { method: 'POST', body: content }),
    onSuccess: settle,
  });
}

export function useSaveArticle(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (content: ArticleContentInput & { baseRevision: number }) =>
      apiRequest<EditorArticle>(`${EDITOR_PATH}/${encodeURIComponent(id)}`, { method: 'PUT', body: content }),
    onSuccess: settle,
  });
}

export type WorkflowStep =
  | { step: 'submit' }
  | { step: 'withdraw' }
  | { step: 'approve'; publishAt?: string }
  | { step: 'reject'; note: string }
  | { step: 'unpublish'; note?: string };

/** Submit, withdraw, approve (now or at a time), reject with a note, unpublish. */
export function useWorkflowStep(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ step, ...body }: WorkflowStep) =>
      apiRequest<EditorArticle>(`${EDITOR_PATH}/${encodeURIComponent(id)}/${step}`, {
        method: 'POST',
        ...(step === 'submit' || step === 'withdraw' ? {} : { body }),
      }),
    onSuccess: settle,
  });
}
