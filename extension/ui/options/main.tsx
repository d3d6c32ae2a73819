import { render } from 'preact';
import '../shared/ui.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
