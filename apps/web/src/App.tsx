import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { SessionGate } from './features/auth/SessionGate';
import { I18nProvider } from './i18n/I18nProvider';
import { createQueryClient } from './query-client';
import { QueryErrorNotifier } from './shared/QueryErrorNotifier';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <QueryErrorNotifier />
        <BrowserRouter>
          <SessionGate />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}
