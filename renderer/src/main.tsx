import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { App } from './App';
import { withJobPanel } from './jobs';
import { parseHash } from './route';
import { useWerkbank } from './store';
import './styles.css';

// Heavy calls (imports, overviews, documents) show their progress and can be cancelled (components/JobPanel.tsx).
const api = withJobPanel(connect({ onUnauthorized: (message) => useWerkbank.getState().refuse(message) }));
useWerkbank.getState().start(api, parseHash(window.location.hash));
window.addEventListener('hashchange', () => useWerkbank.getState().applyRoute(parseHash(window.location.hash)));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
