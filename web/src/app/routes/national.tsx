import { NationalLayout } from '../../features/national/national-layout.tsx';

/** /nasional/* — the hub's frame (header, navigation, language) around the national pages; loads their texts. */
export function Component() {
  return <NationalLayout />;
}
