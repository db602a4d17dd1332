import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadCanvasPage } from './app';
import { openCanvasEarly } from './features/canvas/loading/open-early';
import { session } from './urql/session';
import './theme/theme.css';

// A stored refresh token means a session to restore silently before the first signed-in render.
if (session.get().status === 'restoring') void session.refresh();
openCanvasEarly(location.pathname, loadCanvasPage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
