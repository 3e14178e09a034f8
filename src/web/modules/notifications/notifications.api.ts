import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList, NotificationView } from '../../../contracts/notifications.contract.js';
import { apiRequest } from '../../shared/api/client.js';
import { useLanguage } from '../../shared/preferences/use-language.js';

/** How often the header asks for the unread count; focus on the window asks again at once. */
const UNREAD_POLL_MS = 30_000;
const PATH = '/api/v1/notifications';

export const notificationsKeys = {
  all: ['notifications'] as const,
  // The server words title and body in the reader's language, so the language is part of the key.
  inbox: (language: string) => [...notificationsKeys.all, 'inbox', language] as const,
  unread: () => [...notificationsKeys.all, 'unread'] as const,
};

/** The signed-in person's notices, newest first, a page at a time. */
export function useInbox() {
  const language = useLanguage();
  return useInfiniteQuery({
    queryKey: notificationsKeys.inbox(language),
    queryFn: ({ signal, pageParam }) =>
      apiRequest<NotificationList>(
        pageParam ? `${PATH}?${new URLSearchParams({ cursor: pageParam })}` : PATH,
        {
          signal,
        },
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** How many notices are unread; polled modestly, and only while someone is signed in. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKeys.unread(),
    queryFn: ({ signal }) => apiRequest<NotificationList>(PATH, { signal }),
    select: (list) => list.unreadCount,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** Marks one notice read; the inbox and the header count are fetched again afterwards. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<NotificationView>(`${PATH}/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  });
}
