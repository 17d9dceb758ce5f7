import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { firstScreenDrawn } from '../ui/idleWork';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Workbench } from './Workbench';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      // STS calls are never retried behind the user's back: each send is exactly one request.
      mutations: { retry: false },
    },
  });
}

/** `client`: the one main.tsx started finding the sandbox with (tests render without one). */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? newQueryClient());
  // The first screen is committed: the parts it does not show may now be fetched in the background.
  useEffect(firstScreenDrawn, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary label="The workbench">
        <Workbench />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
