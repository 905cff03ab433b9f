import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { uiLanguage } from '../../lib/i18n';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
