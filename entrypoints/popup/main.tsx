import { mount } from '../../components/common/mount.tsx';
import { PopupApp } from '../../components/popup/popup-app.tsx';

mount(<PopupApp />);
