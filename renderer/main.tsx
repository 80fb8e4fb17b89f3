import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '../shared/domain/settings';
import { connectApi } from './api/connectApi';
import { App } from './App';
import { translator } from './i18n/translate';
import { createAppStore, startAppStore } from './store/createAppStore';
import { StoreContext } from './store/useAppStore';
import { primeChimeOnFirstInteraction } from './components/chime';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const connected = connectApi();
if ('error' in connected) {
  const t = translator(resolveLanguage('auto', navigator.language));
  root.render(<p className="fatal">{t('app.noToken')}</p>);
} else {
  const store = createAppStore({ ...connected, locale: navigator.language });
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  void startAppStore(store);
  primeChimeOnFirstInteraction(window);
}
