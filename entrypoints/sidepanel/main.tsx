import { mount } from '../../components/common/mount.tsx';
import { PanelApp } from '../../components/panel/panel-app.tsx';

mount(<PanelApp />);
