// Entry point: i18n first (so the first paint is in the right language), then Mantine (its date pickers in the UI
// language), auth and the router.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from './auth-context';
import { UiDatesProvider } from './dates-provider';
import { i18n, setupI18n } from './i18n/setup';
import { createRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

async function start(): Promise<void> {
  await setupI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  const router = createRouter();
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <UiDatesProvider>
            <AuthProvider>
              <RouterProvider router={router} />
            </AuthProvider>
          </UiDatesProvider>
        </MantineProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
