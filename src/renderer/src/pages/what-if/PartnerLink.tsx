import { partnerHref } from '../portfolio/partner-href';
import { useWhatIf } from './whatif-context';

/**
 * A partner's name linking to its page (same period and methodology as the page). A plain hash
 * link rather than the router's Link: the diff lists re-render on every slider step.
 */
export function PartnerLink({ externalId, name }: { externalId: string; name: string }) {
  const { selection } = useWhatIf();
  return (
    <a className="wi-link" href={`#${partnerHref(externalId, selection)}`}>
      {name}
    </a>
  );
}
