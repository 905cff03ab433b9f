performance.mark('baca:modules-ready');
import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';

const root = document.getElementById('app');
if (root) render(<ReaderApp />, root);
