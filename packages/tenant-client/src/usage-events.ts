// The same list and bounds the API enforces, from the rules both sides share.
export {
  isUsageEvent,
  MAX_COUNT_PER_EVENT,
  MAX_EVENTS_PER_CALL,
  USAGE_EVENTS,
  type UsageEventName,
} from '@vetcares/tenant-rules';
