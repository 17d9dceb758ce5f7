import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Workbench } from './Workbench';

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false },
          // STS calls are never retried behind the user's back: each send is exactly one request.
          mutations: { retry: false },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary label="The workbench">
        <Workbench />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
