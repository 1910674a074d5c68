import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { queryClient } from './api/queryClient';
import { RecoveryGate } from './recovery/RecoveryGate';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RecoveryGate>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </RecoveryGate>
    </StrictMode>,
  );
}
