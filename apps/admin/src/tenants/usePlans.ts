import { useQuery } from '@apollo/client/react';
import type { BillingPlan, BillingPlansQuery } from '../gql/graphql';
import { BillingPlansDocument } from './tenant.operations';

export type PlanInfo = BillingPlansQuery['billingPlans'][number];

/** The plan catalogue, so forms can show what an empty limit will turn into. */
export function usePlans(): {
  plans: PlanInfo[];
  planById: (id: BillingPlan) => PlanInfo | undefined;
} {
  const { data } = useQuery(BillingPlansDocument, { fetchPolicy: 'cache-first' });
  const plans = data?.billingPlans ?? [];
  return { plans, planById: (id) => plans.find((plan) => plan.id === id) };
}

export function describeLimit(limit: number | null | undefined): string {
  return limit === null || limit === undefined ? 'unlimited' : limit.toLocaleString('en-US');
}
