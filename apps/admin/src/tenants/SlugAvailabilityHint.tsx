import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import { SlugAvailabilityDocument } from './tenant.operations';
import { slugProblem } from './validateTenantForm';

interface SlugAvailabilityHintProps {
  slug: string;
  /** The tenant's own slug when editing: it is "taken", but by this tenant. */
  currentSlug?: string | undefined;
}

const CHECK_DELAY_MS = 350;

const REASON_SENTENCES: Record<string, (slug: string) => string> = {
  taken: (slug) => `“${slug}” is already taken.`,
  reserved: (slug) => `“${slug}” is reserved.`,
  invalid: (slug) => `“${slug}” is not a valid slug.`,
};

/** The API may answer with a keyword (taken, reserved, invalid) or with a whole sentence. */
function unavailableMessage(slug: string, reason: string | null | undefined): string {
  if (!reason) return `“${slug}” is not available.`;
  const sentence = REASON_SENTENCES[reason.toLowerCase()];
  return sentence ? sentence(slug) : /[.!?]$/.test(reason) ? reason : `${reason}.`;
}

/** Live answer to "can I use this slug?", announced politely as the admin types. */
export function SlugAvailabilityHint({ slug, currentSlug }: SlugAvailabilityHintProps) {
  const debouncedSlug = useDebouncedValue(slug, CHECK_DELAY_MS);
  // Malformed slugs already show a validation error; asking the server adds nothing.
  const worthChecking =
    debouncedSlug !== '' && debouncedSlug !== currentSlug && !slugProblem(debouncedSlug);
  const { data, loading, error } = useQuery(SlugAvailabilityDocument, {
    variables: { slug: debouncedSlug },
    skip: !worthChecking,
    fetchPolicy: 'network-only',
  });

  let message: string | null = null;
  let tone = 'neutral';
  if (slug !== '' && slug === currentSlug) {
    message = 'This is the tenant’s current slug.';
  } else if (!worthChecking || slug !== debouncedSlug) {
    message = slug !== '' && !slugProblem(slug) ? 'Checking availability…' : null;
  } else if (loading) {
    message = 'Checking availability…';
  } else if (error) {
    message = 'Could not check availability right now.';
  } else if (data?.slugAvailability.available) {
    message = `“${data.slugAvailability.slug}” is available.`;
    tone = 'good';
  } else if (data) {
    message = unavailableMessage(data.slugAvailability.slug, data.slugAvailability.reason);
    tone = 'bad';
  }

  return (
    <span role="status" className={`slug-availability slug-availability--${tone}`}>
      {message}
    </span>
  );
}
