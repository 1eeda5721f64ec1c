import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localeReady } from './i18n/index.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/navigation.css';
import './styles/components.css';
import './styles/consultations.css';
import './styles/chat.css';
import './styles/console.css';
import './styles/appointments.css';
import './styles/calls.css';
import './styles/attachments.css';
import './styles/events.css';
import './styles/childcare.css';
import './styles/referrals.css';
import './styles/job-centre.css';
import './styles/care-recruits.css';
import './styles/landing.css';
import './styles/closing.css';
import './styles/alliances.css';
import './styles/measures.css';
import './styles/work.css';
import './styles/work-staff.css';
import './styles/print.css';
import { App } from './app/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void localeReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
