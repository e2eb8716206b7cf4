import { mount } from '../../components/common/mount.tsx';
import { OptionsApp } from '../../components/options/options-app.tsx';

mount(<OptionsApp />);
