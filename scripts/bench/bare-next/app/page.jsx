import { BareMapLoader } from "./bare-map-loader";

export default function Page() {
  return <BareMapLoader />;
}
