import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { App } from './App';
import { parseHash } from './route';
import { useWerkbank } from './store';
import './styles.css';

const api = connect({ onUnauthorized: (message) => useWerkbank.getState().refuse(message) });
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
