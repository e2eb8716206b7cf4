import { PopupApp } from '../../components/popup/popup-app.tsx';
import { mount } from '../../components/shared/mount.tsx';

mount(<PopupApp />);
