import { render } from 'preact';
import '../shared/ui.css';
import './options.css';
import { localisePage } from '../shared/i18n';
import { Options } from './Options';

localisePage('options_title');
render(<Options />, document.getElementById('app')!);
