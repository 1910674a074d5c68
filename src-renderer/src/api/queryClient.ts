import { QueryClient, notifyManager } from '@tanstack/react-query';

// A change to the cache reaches the screen in the task that made it, as a React state update
// would: a rating picked is drawn checked at once, not a task later (the default).
notifyManager.setScheduler((notify) => queueMicrotask(notify));

/**
 * The cache of everything read from the service. Only this renderer writes to the database while
 * it is open, and every write updates or invalidates what it changed (cacheAfterWrite), so
 * nothing goes stale on a timer: reads never refetch on focus or by age, and failed reads are
 * shown rather than retried behind the checker's back.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
  // Thousands of outlines are not compared field by field on every save: cacheAfterWrite keeps
  // each unchanged outline as it was, so rows and highlights see which ones changed.
  // A read that failed is shown with its reason and read again only when the checker asks (or
  // a write needs it), not once for every component that shows the claims as it mounts.
  client.setQueryDefaults(['claims.outline'], { structuralSharing: false, retryOnMount: false });
  // Search results and a claim's earlier checks depend on every article, claim and source, so
  // rather than being invalidated by every write they are read again whenever they are shown.
  client.setQueryDefaults(['search.query'], { staleTime: 0 });
  client.setQueryDefaults(['claims.similar'], { staleTime: 0 });
  return client;
}

export const queryClient = createQueryClient();
