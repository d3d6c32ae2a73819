import { render } from 'preact';
import '../shared/ui.css';
import './popup.css';
import { localisePage } from '../shared/i18n';
import { Popup } from './Popup';

localisePage();
render(<Popup />, document.getElementById('app')!);
