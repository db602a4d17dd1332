import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { session } from './urql/session';
import './theme/theme.css';

// A stored refresh token means a session to restore silently before the first signed-in render.
if (session.get().status === 'restoring') void session.refresh();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
