import { OptionsApp } from '../../components/options/options-app.tsx';
import { mount } from '../../components/shared/mount.tsx';

mount(<OptionsApp />);
