import { useEffect, useMemo, useState } from 'react';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router';
import { AccessibleModeProvider, useAccessibleMode } from '../shared/preferences/accessible-mode.js';
import { useLanguage } from '../shared/preferences/use-language.js';
import { antdLocales } from './antd-locales.js';
import { createQueryClient } from './query-client.js';
import { router } from './router.js';
import { buildTheme } from './theme.js';

/** Problems are worded by the server in the request's language: ask again after a switch. */
function RefetchErrorsOnLanguageChange() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
  }, [language, queryClient]);
  return null;
}

function ThemedApp() {
  const language = useLanguage();
  const { isEnabled } = useAccessibleMode();
  const theme = useMemo(() => buildTheme(isEnabled, language), [isEnabled, language]);
  return (
    // autoInsertSpace off: antd would render 注册 as "注 册", which screen readers spell out.
    <ConfigProvider locale={antdLocales[language]} theme={theme} button={{ autoInsertSpace: false }}>
      <RefetchErrorsOnLanguageChange />
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

/** Providers around the routed pages: preferences, server state, antd locale and theme. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AccessibleModeProvider>
      <QueryClientProvider client={queryClient}>
        <ThemedApp />
      </QueryClientProvider>
    </AccessibleModeProvider>
  );
}
