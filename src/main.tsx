import './startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The app-wide base first, so each area's rules (imported by its components) come after it and win ties.
import './ui/app.css';
import { App } from './ui/App';
import { answerInputFirst } from './ui/inputFirst';

answerInputFirst();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
