import { graphql } from '../gql';

export const BillingFieldsFragment = graphql(`
  fragment BillingFields on TenantBilling {
    tenant_id
    plan
    price
    currency
    features
    limits {
      staff
      clients
      storage
    }
    usage {
      staff
      clients
      storage_gb
    }
    next_billing_date
    status
    trial_days
    trial_ends_at
    current_period_start
    current_period_end
    cancel_at_period_end
    pending_plan
    balance
    payment_provider
    payment_method
    past_due_since
    dunning_attempts
    next_retry_at
  }
`);

export const TenantBillingDocument = graphql(`
  query TenantBilling($tenant_id: ID!) {
    tenantBilling(tenant_id: $tenant_id) {
      ...BillingFields
    }
    tenantInvoices(tenant_id: $tenant_id) {
      id
      number
      status
      currency
      total
      issued_at
      due_at
      paid_at
    }
  }
`);

export const TenantUsageLimitsDocument = graphql(`
  query TenantUsageLimits($tenant_id: ID!) {
    tenantBilling(tenant_id: $tenant_id) {
      tenant_id
      limits {
        staff
        clients
        storage
      }
      usage {
        staff
        clients
        storage_gb
      }
    }
  }
`);

export const PreviewPlanChangeDocument = graphql(`
  query PreviewPlanChange($tenant_id: ID!, $plan: BillingPlan!) {
    previewPlanChange(tenant_id: $tenant_id, plan: $plan) {
      kind
      currency
      credit
      charge
      amount_due
      effective_at
      limits {
        staff
        clients
        storage
      }
      blocked_by {
        limit
        current
        maximum
      }
    }
  }
`);

export const ChangeTenantPlanDocument = graphql(`
  mutation ChangeTenantPlan($tenant_id: ID!, $plan: BillingPlan!) {
    changeTenantPlan(tenant_id: $tenant_id, plan: $plan) {
      ...BillingFields
    }
  }
`);

export const CancelSubscriptionDocument = graphql(`
  mutation CancelSubscription($tenant_id: ID!) {
    cancelSubscription(tenant_id: $tenant_id) {
      ...BillingFields
    }
  }
`);

export const ResumeSubscriptionDocument = graphql(`
  mutation ResumeSubscription($tenant_id: ID!) {
    resumeSubscription(tenant_id: $tenant_id) {
      ...BillingFields
    }
  }
`);

export const RecordManualPaymentDocument = graphql(`
  mutation RecordManualPayment($invoice_id: ID!, $reference: String) {
    recordManualPayment(invoice_id: $invoice_id, reference: $reference) {
      id
      status
      paid_at
    }
  }
`);

export const CatalogPlansDocument = graphql(`
  query CatalogPlans {
    plans {
      id
      name
      price_monthly
      prices {
        currency
        amount
      }
      features
      limits {
        staff
        clients
        storage
      }
    }
  }
`);
