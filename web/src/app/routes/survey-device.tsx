import { SurveyDevicePage } from '../../features/satisfaction/survey-device.tsx';

/** /survei-loket/:site — a counter's survey tablet (full screen). */
export function Component() {
  return <SurveyDevicePage />;
}
