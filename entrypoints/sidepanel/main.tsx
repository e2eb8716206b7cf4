import { PanelApp } from '../../components/panel/panel-app.tsx';
import { mount } from '../../components/shared/mount.tsx';

mount(<PanelApp />);
