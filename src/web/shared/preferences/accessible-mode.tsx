import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'tongcheng.accessible-mode';

interface AccessibleMode {
  isEnabled: boolean;
  toggle: () => void;
}

const AccessibleModeContext = createContext<AccessibleMode>({ isEnabled: false, toggle: () => undefined });

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** 无障碍浏览: larger text and high contrast, remembered across visits. */
export function AccessibleModeProvider({ children }: { children: ReactNode }) {
  const [isEnabled, setEnabled] = useState(readStored);

  // The page's own CSS (header, footer, links) switches on a class of <html>.
  useEffect(() => {
    document.documentElement.classList.toggle('a11y-mode', isEnabled);
    try {
      localStorage.setItem(STORAGE_KEY, isEnabled ? 'on' : 'off');
    } catch {
      // Not remembered, but still applied.
    }
  }, [isEnabled]);

  const value = useMemo(() => ({ isEnabled, toggle: () => setEnabled((on) => !on) }), [isEnabled]);
  return <AccessibleModeContext value={value}>{children}</AccessibleModeContext>;
}

export function useAccessibleMode(): AccessibleMode {
  return use(AccessibleModeContext);
}
