import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-error';

/** A 4xx answer will not change by asking again; network and server faults may. */
const isWorthRetrying = (error: unknown): boolean =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && isWorthRetrying(error),
      },
      mutations: { retry: false },
    },
  });
