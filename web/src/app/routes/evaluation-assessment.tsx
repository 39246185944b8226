import { useParams } from 'react-router';
import { AssessPage } from '../../features/evaluation-assess/assess-page.tsx';

/** /kelola/evaluasi/penilaian/:id — scoring one assessment on a tablet. */
export function Component() {
  const { id = '' } = useParams();
  return <AssessPage key={id} id={id} />;
}
