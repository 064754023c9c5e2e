/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Account {\n    me {\n      id\n      email\n      name\n      role\n      two_factor_enabled\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qr_code_data_url\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      recovery_codes\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  query CurrentAdmin {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.CurrentAdminDocument,
    "\n  fragment BackupFields on Backup {\n    id\n    kind\n    status\n    timestamp\n    completed_at\n    progress\n    documents_done\n    documents_total\n    size\n    error\n    verification\n    verified_at\n    verification_detail\n    download_url\n    collections {\n      name\n      count\n    }\n  }\n": typeof types.BackupFieldsFragmentDoc,
    "\n  query TenantBackups($tenant_id: ID!) {\n    tenantBackups(tenant_id: $tenant_id, limit: 50) {\n      items {\n        ...BackupFields\n      }\n      totalCount\n    }\n    tenantRestores(tenant_id: $tenant_id) {\n      id\n      backup_id\n      mode\n      status\n      phase\n      progress\n      target_tenant_id\n      started_at\n      error\n    }\n  }\n": typeof types.TenantBackupsDocument,
    "\n  mutation CreateBackup($tenant_id: ID!) {\n    createBackup(tenant_id: $tenant_id) {\n      ...BackupFields\n    }\n  }\n": typeof types.CreateBackupDocument,
    "\n  mutation DeleteBackup($id: ID!) {\n    deleteBackup(id: $id) {\n      id\n      deleted\n    }\n  }\n": typeof types.DeleteBackupDocument,
    "\n  mutation VerifyBackup($id: ID!) {\n    verifyBackup(id: $id) {\n      ...BackupFields\n    }\n  }\n": typeof types.VerifyBackupDocument,
    "\n  mutation RestoreBackup($backup_id: ID!) {\n    restoreBackup(backup_id: $backup_id) {\n      id\n      status\n      phase\n    }\n  }\n": typeof types.RestoreBackupDocument,
    "\n  mutation CloneBackup($backup_id: ID!, $slug: String!, $name: String) {\n    cloneBackup(backup_id: $backup_id, slug: $slug, name: $name) {\n      id\n      status\n      target_tenant_id\n    }\n  }\n": typeof types.CloneBackupDocument,
    "\n  subscription BackupProgress($tenant_id: ID!) {\n    backupProgress(tenant_id: $tenant_id) {\n      operation\n      id\n      backup_id\n      status\n      phase\n      progress\n      documents_done\n      documents_total\n      error\n    }\n  }\n": typeof types.BackupProgressDocument,
    "\n  fragment BillingFields on TenantBilling {\n    tenant_id\n    plan\n    price\n    currency\n    features\n    limits {\n      staff\n      clients\n      storage\n    }\n    usage {\n      staff\n      clients\n      storage_gb\n    }\n    next_billing_date\n    status\n    trial_days\n    trial_ends_at\n    current_period_start\n    current_period_end\n    cancel_at_period_end\n    pending_plan\n    balance\n    payment_provider\n    payment_method\n    past_due_since\n    dunning_attempts\n    next_retry_at\n  }\n": typeof types.BillingFieldsFragmentDoc,
    "\n  query TenantBilling($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n    tenantInvoices(tenant_id: $tenant_id) {\n      id\n      number\n      status\n      currency\n      total\n      issued_at\n      due_at\n      paid_at\n    }\n  }\n": typeof types.TenantBillingDocument,
    "\n  query TenantUsageLimits($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      tenant_id\n      limits {\n        staff\n        clients\n        storage\n      }\n      usage {\n        staff\n        clients\n        storage_gb\n      }\n    }\n  }\n": typeof types.TenantUsageLimitsDocument,
    "\n  query PreviewPlanChange($tenant_id: ID!, $plan: BillingPlan!) {\n    previewPlanChange(tenant_id: $tenant_id, plan: $plan) {\n      kind\n      currency\n      credit\n      charge\n      amount_due\n      effective_at\n      limits {\n        staff\n        clients\n        storage\n      }\n      blocked_by {\n        limit\n        current\n        maximum\n      }\n    }\n  }\n": typeof types.PreviewPlanChangeDocument,
    "\n  mutation ChangeTenantPlan($tenant_id: ID!, $plan: BillingPlan!) {\n    changeTenantPlan(tenant_id: $tenant_id, plan: $plan) {\n      ...BillingFields\n    }\n  }\n": typeof types.ChangeTenantPlanDocument,
    "\n  mutation CancelSubscription($tenant_id: ID!) {\n    cancelSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n": typeof types.CancelSubscriptionDocument,
    "\n  mutation ResumeSubscription($tenant_id: ID!) {\n    resumeSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n": typeof types.ResumeSubscriptionDocument,
    "\n  mutation RecordManualPayment($invoice_id: ID!, $reference: String) {\n    recordManualPayment(invoice_id: $invoice_id, reference: $reference) {\n      id\n      status\n      paid_at\n    }\n  }\n": typeof types.RecordManualPaymentDocument,
    "\n  query CatalogPlans {\n    plans {\n      id\n      name\n      price_monthly\n      prices {\n        currency\n        amount\n      }\n      features\n      limits {\n        staff\n        clients\n        storage\n      }\n    }\n  }\n": typeof types.CatalogPlansDocument,
    "\n  query SystemAnalytics($period: String!) {\n    systemAnalytics(period: $period) {\n      period\n      days\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n        new {\n          daily\n        }\n        churned {\n          daily\n        }\n      }\n      revenue {\n        source\n        mrr {\n          currency\n          amount\n        }\n        arr {\n          currency\n          amount\n        }\n      }\n      usage {\n        total_events\n        api_requests\n        events {\n          daily\n        }\n        api_calls {\n          daily\n        }\n      }\n      top_tenants {\n        by_usage {\n          tenant_id\n          name\n          events\n        }\n      }\n      performance {\n        error_rate\n        average_response_time\n        p95_response_time\n        uptime\n        response_time {\n          daily\n        }\n        error_rate_daily {\n          daily\n        }\n      }\n    }\n  }\n": typeof types.SystemAnalyticsDocument,
    "\n  subscription SystemUsageUpdated {\n    systemUsageUpdated {\n      day\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n      }\n      mrr {\n        currency\n        amount\n      }\n      at\n    }\n  }\n": typeof types.SystemUsageUpdatedDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    rule\n    severity\n    state\n    subject\n    tenant_id\n    title\n    message\n    value\n    threshold\n    fired_at\n    last_seen_at\n    evaluations\n    acknowledged_at\n    acknowledged_by\n    resolved_at\n    resolved_by\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  query Alerts($state: AlertState, $page: Int, $limit: Int) {\n    alerts(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...AlertFields\n      }\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n": typeof types.ResolveAlertDocument,
    "\n  subscription AlertChanged {\n    alertChanged {\n      event\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n": typeof types.AlertChangedDocument,
    "\n  query SystemHealth {\n    systemHealth {\n      status\n      checked_at\n      dependencies {\n        name\n        state\n        latency_ms\n      }\n      queues {\n        name\n        counts {\n          waiting\n          active\n          delayed\n          failed\n          completed\n        }\n      }\n      websocket {\n        connections\n        subscriptions\n      }\n      requests {\n        day\n        requests\n        server_error_rate\n        error_rate\n        average_ms\n        p95_ms\n      }\n      process {\n        uptime_seconds\n        rss_bytes\n        heap_used_bytes\n      }\n      thresholds {\n        error_rate_percent\n        latency_p95_ms\n      }\n    }\n  }\n": typeof types.SystemHealthDocument,
    "\n  query DataSubject($tenant_id: ID!, $email: String!) {\n    dataSubject(tenant_id: $tenant_id, email: $email) {\n      client_id\n      first_name\n      last_name\n      email\n      patients\n      appointments\n      payments\n    }\n  }\n": typeof types.DataSubjectDocument,
    "\n  mutation RequestDataExport($tenant_id: ID!, $client_id: ID!) {\n    requestDataExport(tenant_id: $tenant_id, client_id: $client_id) {\n      url\n      expires_at\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation ErasePersonData($tenant_id: ID!, $client_id: ID!) {\n    erasePersonData(tenant_id: $tenant_id, client_id: $client_id) {\n      erased\n    }\n  }\n": typeof types.ErasePersonDataDocument,
    "\n  query SecurityLog(\n    $tenant_id: String\n    $event: SecurityEvent\n    $actor: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $page: Int\n    $limit: Int\n  ) {\n    securityLogs(\n      tenant_id: $tenant_id\n      event: $event\n      actor: $actor\n      from: $from\n      to: $to\n      page: $page\n      limit: $limit\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        tenant_id\n        seq\n        event\n        actor\n        actor_label\n        ip_address\n        user_agent\n        timestamp\n        count\n        details\n      }\n    }\n  }\n": typeof types.SecurityLogDocument,
    "\n  query SecurityChains {\n    securityChains {\n      chain\n      tenant_id\n      length\n      pruned_through\n      last_verification {\n        ok\n        verified_at\n        entries\n        problem {\n          kind\n          seq\n          message\n        }\n      }\n    }\n  }\n": typeof types.SecurityChainsDocument,
    "\n  mutation VerifySecurityChain($chain: String!) {\n    verifySecurityChain(chain: $chain) {\n      chain\n      ok\n      entries\n      problem {\n        kind\n        entry_id\n        seq\n        message\n      }\n    }\n  }\n": typeof types.VerifySecurityChainDocument,
    "\n  fragment IncidentFields on SecurityIncident {\n    id\n    rule\n    severity\n    state\n    title\n    summary\n    tenant_id\n    subject\n    evidence\n    occurrences\n    raised_at\n    acknowledged_by\n    resolved_by\n    note\n    responses {\n      action\n      target\n      outcome\n      until\n    }\n  }\n": typeof types.IncidentFieldsFragmentDoc,
    "\n  query SecurityIncidents($state: IncidentState, $page: Int, $limit: Int) {\n    securityIncidents(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...IncidentFields\n      }\n    }\n  }\n": typeof types.SecurityIncidentsDocument,
    "\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": typeof types.AcknowledgeIncidentDocument,
    "\n  mutation ResolveIncident($id: ID!) {\n    resolveSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": typeof types.ResolveIncidentDocument,
    "\n  subscription IncidentRaised {\n    incidentRaised {\n      id\n    }\n  }\n": typeof types.IncidentRaisedDocument,
    "\n  query TenantAnalytics($id: ID!, $period: String!) {\n    tenantAnalytics(tenant_id: $id, period: $period) {\n      tenant_id\n      period\n      currency\n      timezone\n      usage {\n        staff_count\n        client_count\n        appointment_count\n        revenue\n        storage_used\n      }\n      trends {\n        days\n        appointments {\n          daily\n        }\n        revenue {\n          daily\n        }\n        api_calls {\n          daily\n        }\n        logins {\n          daily\n        }\n        usage_events {\n          daily\n        }\n        response_time {\n          daily\n        }\n        error_rate {\n          daily\n        }\n      }\n      performance {\n        average_response_time\n        p95_response_time\n        uptime\n        error_rate\n        requests\n      }\n      storage_source\n    }\n  }\n": typeof types.TenantAnalyticsDocument,
    "\n  subscription UsageUpdated($id: ID!) {\n    usageUpdated(tenant_id: $id) {\n      tenant_id\n      day\n      currency\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      appointments_today\n      revenue_today\n      at\n    }\n  }\n": typeof types.UsageUpdatedDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    created_date\n    last_used_at\n    revoked_at\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query TenantApiKeys($tenantId: ID!) {\n    apiKeys(tenant_id: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.TenantApiKeysDocument,
    "\n  mutation CreateApiKey($tenantId: ID!, $name: String!) {\n    createApiKey(tenant_id: $tenantId, name: $name) {\n      key\n      api_key {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($tenantId: ID!, $id: ID!) {\n    revokeApiKey(tenant_id: $tenantId, id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment EffectiveConfig on Tenant {\n    effective_features {\n      custom_branding\n      sso\n      api_access\n      flags\n    }\n    effective_theme {\n      primary_color\n      secondary_color\n      logo_url\n      font\n      dark_mode\n    }\n  }\n": typeof types.EffectiveConfigFragmentDoc,
    "\n  query TenantConfiguration($id: ID!) {\n    tenant(id: $id) {\n      id\n      ...EffectiveConfig\n    }\n    featureFlags {\n      name\n      plans\n      default\n    }\n  }\n": typeof types.TenantConfigurationDocument,
    "\n  mutation SaveTenantConfiguration($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n      ...EffectiveConfig\n    }\n  }\n": typeof types.SaveTenantConfigurationDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n": typeof types.SuspendTenantDocument,
    "\n  mutation ActivateTenant($id: ID!) {\n    activateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n": typeof types.ActivateTenantDocument,
    "\n  mutation VerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      ...TenantFields\n    }\n  }\n": typeof types.VerifyTenantDomainDocument,
    "\n  query TenantClinicCounts($id: ID!) {\n    tenant(id: $id) {\n      id\n      clinic_counts {\n        staff\n        clients\n        patients\n        appointments\n        payments\n        revenue_total\n        currency\n      }\n    }\n  }\n": typeof types.TenantClinicCountsDocument,
    "\n  fragment TenantFields on Tenant {\n    id\n    name\n    slug\n    domain\n    status\n    billing_plan\n    contact_email\n    contact_phone\n    address\n    timezone\n    currency\n    language\n    theme_json\n    features_json\n    max_staff\n    max_clients\n    max_storage_gb\n    custom_branding\n    sso_enabled\n    api_access\n    created_date\n    updated_date\n    suspension_reason\n    suspended_at\n    domain_verified\n    domain_verification_token\n  }\n": typeof types.TenantFieldsFragmentDoc,
    "\n  query TenantList(\n    $page: Int!\n    $limit: Int!\n    $status: TenantStatus\n    $search: String\n    $sortBy: TenantSortField!\n    $sortOrder: SortOrder!\n  ) {\n    tenants(\n      page: $page\n      limit: $limit\n      status: $status\n      search: $search\n      sortBy: $sortBy\n      sortOrder: $sortOrder\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n": typeof types.TenantListDocument,
    "\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantFields\n    }\n  }\n": typeof types.TenantDocument,
    "\n  query BillingPlans {\n    billingPlans {\n      id\n      name\n      price_monthly\n      max_staff\n      max_clients\n      max_storage_gb\n      features\n    }\n  }\n": typeof types.BillingPlansDocument,
    "\n  query SlugAvailability($slug: String!) {\n    slugAvailability(slug: $slug) {\n      slug\n      available\n      reason\n    }\n  }\n": typeof types.SlugAvailabilityDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  mutation DeleteTenant($id: ID!) {\n    deleteTenant(id: $id) {\n      id\n      deleted\n    }\n  }\n": typeof types.DeleteTenantDocument,
    "\n  subscription TenantChanged {\n    tenantChanged {\n      kind\n      tenant_id\n      tenant {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n": typeof types.TenantChangedDocument,
    "\n  query ClinicUsers($tenant_id: ID!) {\n    clinicUsers(tenant_id: $tenant_id) {\n      id\n      email\n      name\n      role\n      disabled\n      invited\n      last_login_at\n    }\n  }\n": typeof types.ClinicUsersDocument,
    "\n  mutation InviteClinicUser($tenant_id: ID!, $input: InviteClinicUserInput!) {\n    inviteClinicUser(tenant_id: $tenant_id, input: $input) {\n      id\n    }\n  }\n": typeof types.InviteClinicUserDocument,
    "\n  mutation ChangeClinicUserRole($tenant_id: ID!, $id: ID!, $role: ClinicRole!) {\n    changeClinicUserRole(tenant_id: $tenant_id, id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeClinicUserRoleDocument,
    "\n  mutation SetClinicUserDisabled($tenant_id: ID!, $id: ID!, $disabled: Boolean!) {\n    setClinicUserDisabled(tenant_id: $tenant_id, id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetClinicUserDisabledDocument,
    "\n  mutation DeleteClinicUser($tenant_id: ID!, $id: ID!) {\n    deleteClinicUser(tenant_id: $tenant_id, id: $id)\n  }\n": typeof types.DeleteClinicUserDocument,
    "\n  mutation SendClinicUserPasswordReset($tenant_id: ID!, $id: ID!) {\n    sendClinicUserPasswordReset(tenant_id: $tenant_id, id: $id)\n  }\n": typeof types.SendClinicUserPasswordResetDocument,
};
const documents: Documents = {
    "\n  query Account {\n    me {\n      id\n      email\n      name\n      role\n      two_factor_enabled\n    }\n  }\n": types.AccountDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qr_code_data_url\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      recovery_codes\n    }\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  query CurrentAdmin {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.CurrentAdminDocument,
    "\n  fragment BackupFields on Backup {\n    id\n    kind\n    status\n    timestamp\n    completed_at\n    progress\n    documents_done\n    documents_total\n    size\n    error\n    verification\n    verified_at\n    verification_detail\n    download_url\n    collections {\n      name\n      count\n    }\n  }\n": types.BackupFieldsFragmentDoc,
    "\n  query TenantBackups($tenant_id: ID!) {\n    tenantBackups(tenant_id: $tenant_id, limit: 50) {\n      items {\n        ...BackupFields\n      }\n      totalCount\n    }\n    tenantRestores(tenant_id: $tenant_id) {\n      id\n      backup_id\n      mode\n      status\n      phase\n      progress\n      target_tenant_id\n      started_at\n      error\n    }\n  }\n": types.TenantBackupsDocument,
    "\n  mutation CreateBackup($tenant_id: ID!) {\n    createBackup(tenant_id: $tenant_id) {\n      ...BackupFields\n    }\n  }\n": types.CreateBackupDocument,
    "\n  mutation DeleteBackup($id: ID!) {\n    deleteBackup(id: $id) {\n      id\n      deleted\n    }\n  }\n": types.DeleteBackupDocument,
    "\n  mutation VerifyBackup($id: ID!) {\n    verifyBackup(id: $id) {\n      ...BackupFields\n    }\n  }\n": types.VerifyBackupDocument,
    "\n  mutation RestoreBackup($backup_id: ID!) {\n    restoreBackup(backup_id: $backup_id) {\n      id\n      status\n      phase\n    }\n  }\n": types.RestoreBackupDocument,
    "\n  mutation CloneBackup($backup_id: ID!, $slug: String!, $name: String) {\n    cloneBackup(backup_id: $backup_id, slug: $slug, name: $name) {\n      id\n      status\n      target_tenant_id\n    }\n  }\n": types.CloneBackupDocument,
    "\n  subscription BackupProgress($tenant_id: ID!) {\n    backupProgress(tenant_id: $tenant_id) {\n      operation\n      id\n      backup_id\n      status\n      phase\n      progress\n      documents_done\n      documents_total\n      error\n    }\n  }\n": types.BackupProgressDocument,
    "\n  fragment BillingFields on TenantBilling {\n    tenant_id\n    plan\n    price\n    currency\n    features\n    limits {\n      staff\n      clients\n      storage\n    }\n    usage {\n      staff\n      clients\n      storage_gb\n    }\n    next_billing_date\n    status\n    trial_days\n    trial_ends_at\n    current_period_start\n    current_period_end\n    cancel_at_period_end\n    pending_plan\n    balance\n    payment_provider\n    payment_method\n    past_due_since\n    dunning_attempts\n    next_retry_at\n  }\n": types.BillingFieldsFragmentDoc,
    "\n  query TenantBilling($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n    tenantInvoices(tenant_id: $tenant_id) {\n      id\n      number\n      status\n      currency\n      total\n      issued_at\n      due_at\n      paid_at\n    }\n  }\n": types.TenantBillingDocument,
    "\n  query TenantUsageLimits($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      tenant_id\n      limits {\n        staff\n        clients\n        storage\n      }\n      usage {\n        staff\n        clients\n        storage_gb\n      }\n    }\n  }\n": types.TenantUsageLimitsDocument,
    "\n  query PreviewPlanChange($tenant_id: ID!, $plan: BillingPlan!) {\n    previewPlanChange(tenant_id: $tenant_id, plan: $plan) {\n      kind\n      currency\n      credit\n      charge\n      amount_due\n      effective_at\n      limits {\n        staff\n        clients\n        storage\n      }\n      blocked_by {\n        limit\n        current\n        maximum\n      }\n    }\n  }\n": types.PreviewPlanChangeDocument,
    "\n  mutation ChangeTenantPlan($tenant_id: ID!, $plan: BillingPlan!) {\n    changeTenantPlan(tenant_id: $tenant_id, plan: $plan) {\n      ...BillingFields\n    }\n  }\n": types.ChangeTenantPlanDocument,
    "\n  mutation CancelSubscription($tenant_id: ID!) {\n    cancelSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n": types.CancelSubscriptionDocument,
    "\n  mutation ResumeSubscription($tenant_id: ID!) {\n    resumeSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n": types.ResumeSubscriptionDocument,
    "\n  mutation RecordManualPayment($invoice_id: ID!, $reference: String) {\n    recordManualPayment(invoice_id: $invoice_id, reference: $reference) {\n      id\n      status\n      paid_at\n    }\n  }\n": types.RecordManualPaymentDocument,
    "\n  query CatalogPlans {\n    plans {\n      id\n      name\n      price_monthly\n      prices {\n        currency\n        amount\n      }\n      features\n      limits {\n        staff\n        clients\n        storage\n      }\n    }\n  }\n": types.CatalogPlansDocument,
    "\n  query SystemAnalytics($period: String!) {\n    systemAnalytics(period: $period) {\n      period\n      days\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n        new {\n          daily\n        }\n        churned {\n          daily\n        }\n      }\n      revenue {\n        source\n        mrr {\n          currency\n          amount\n        }\n        arr {\n          currency\n          amount\n        }\n      }\n      usage {\n        total_events\n        api_requests\n        events {\n          daily\n        }\n        api_calls {\n          daily\n        }\n      }\n      top_tenants {\n        by_usage {\n          tenant_id\n          name\n          events\n        }\n      }\n      performance {\n        error_rate\n        average_response_time\n        p95_response_time\n        uptime\n        response_time {\n          daily\n        }\n        error_rate_daily {\n          daily\n        }\n      }\n    }\n  }\n": types.SystemAnalyticsDocument,
    "\n  subscription SystemUsageUpdated {\n    systemUsageUpdated {\n      day\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n      }\n      mrr {\n        currency\n        amount\n      }\n      at\n    }\n  }\n": types.SystemUsageUpdatedDocument,
    "\n  fragment AlertFields on Alert {\n    id\n    rule\n    severity\n    state\n    subject\n    tenant_id\n    title\n    message\n    value\n    threshold\n    fired_at\n    last_seen_at\n    evaluations\n    acknowledged_at\n    acknowledged_by\n    resolved_at\n    resolved_by\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  query Alerts($state: AlertState, $page: Int, $limit: Int) {\n    alerts(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...AlertFields\n      }\n    }\n  }\n": types.AlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n": types.ResolveAlertDocument,
    "\n  subscription AlertChanged {\n    alertChanged {\n      event\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n": types.AlertChangedDocument,
    "\n  query SystemHealth {\n    systemHealth {\n      status\n      checked_at\n      dependencies {\n        name\n        state\n        latency_ms\n      }\n      queues {\n        name\n        counts {\n          waiting\n          active\n          delayed\n          failed\n          completed\n        }\n      }\n      websocket {\n        connections\n        subscriptions\n      }\n      requests {\n        day\n        requests\n        server_error_rate\n        error_rate\n        average_ms\n        p95_ms\n      }\n      process {\n        uptime_seconds\n        rss_bytes\n        heap_used_bytes\n      }\n      thresholds {\n        error_rate_percent\n        latency_p95_ms\n      }\n    }\n  }\n": types.SystemHealthDocument,
    "\n  query DataSubject($tenant_id: ID!, $email: String!) {\n    dataSubject(tenant_id: $tenant_id, email: $email) {\n      client_id\n      first_name\n      last_name\n      email\n      patients\n      appointments\n      payments\n    }\n  }\n": types.DataSubjectDocument,
    "\n  mutation RequestDataExport($tenant_id: ID!, $client_id: ID!) {\n    requestDataExport(tenant_id: $tenant_id, client_id: $client_id) {\n      url\n      expires_at\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation ErasePersonData($tenant_id: ID!, $client_id: ID!) {\n    erasePersonData(tenant_id: $tenant_id, client_id: $client_id) {\n      erased\n    }\n  }\n": types.ErasePersonDataDocument,
    "\n  query SecurityLog(\n    $tenant_id: String\n    $event: SecurityEvent\n    $actor: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $page: Int\n    $limit: Int\n  ) {\n    securityLogs(\n      tenant_id: $tenant_id\n      event: $event\n      actor: $actor\n      from: $from\n      to: $to\n      page: $page\n      limit: $limit\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        tenant_id\n        seq\n        event\n        actor\n        actor_label\n        ip_address\n        user_agent\n        timestamp\n        count\n        details\n      }\n    }\n  }\n": types.SecurityLogDocument,
    "\n  query SecurityChains {\n    securityChains {\n      chain\n      tenant_id\n      length\n      pruned_through\n      last_verification {\n        ok\n        verified_at\n        entries\n        problem {\n          kind\n          seq\n          message\n        }\n      }\n    }\n  }\n": types.SecurityChainsDocument,
    "\n  mutation VerifySecurityChain($chain: String!) {\n    verifySecurityChain(chain: $chain) {\n      chain\n      ok\n      entries\n      problem {\n        kind\n        entry_id\n        seq\n        message\n      }\n    }\n  }\n": types.VerifySecurityChainDocument,
    "\n  fragment IncidentFields on SecurityIncident {\n    id\n    rule\n    severity\n    state\n    title\n    summary\n    tenant_id\n    subject\n    evidence\n    occurrences\n    raised_at\n    acknowledged_by\n    resolved_by\n    note\n    responses {\n      action\n      target\n      outcome\n      until\n    }\n  }\n": types.IncidentFieldsFragmentDoc,
    "\n  query SecurityIncidents($state: IncidentState, $page: Int, $limit: Int) {\n    securityIncidents(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...IncidentFields\n      }\n    }\n  }\n": types.SecurityIncidentsDocument,
    "\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": types.AcknowledgeIncidentDocument,
    "\n  mutation ResolveIncident($id: ID!) {\n    resolveSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": types.ResolveIncidentDocument,
    "\n  subscription IncidentRaised {\n    incidentRaised {\n      id\n    }\n  }\n": types.IncidentRaisedDocument,
    "\n  query TenantAnalytics($id: ID!, $period: String!) {\n    tenantAnalytics(tenant_id: $id, period: $period) {\n      tenant_id\n      period\n      currency\n      timezone\n      usage {\n        staff_count\n        client_count\n        appointment_count\n        revenue\n        storage_used\n      }\n      trends {\n        days\n        appointments {\n          daily\n        }\n        revenue {\n          daily\n        }\n        api_calls {\n          daily\n        }\n        logins {\n          daily\n        }\n        usage_events {\n          daily\n        }\n        response_time {\n          daily\n        }\n        error_rate {\n          daily\n        }\n      }\n      performance {\n        average_response_time\n        p95_response_time\n        uptime\n        error_rate\n        requests\n      }\n      storage_source\n    }\n  }\n": types.TenantAnalyticsDocument,
    "\n  subscription UsageUpdated($id: ID!) {\n    usageUpdated(tenant_id: $id) {\n      tenant_id\n      day\n      currency\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      appointments_today\n      revenue_today\n      at\n    }\n  }\n": types.UsageUpdatedDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    created_date\n    last_used_at\n    revoked_at\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query TenantApiKeys($tenantId: ID!) {\n    apiKeys(tenant_id: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n": types.TenantApiKeysDocument,
    "\n  mutation CreateApiKey($tenantId: ID!, $name: String!) {\n    createApiKey(tenant_id: $tenantId, name: $name) {\n      key\n      api_key {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($tenantId: ID!, $id: ID!) {\n    revokeApiKey(tenant_id: $tenantId, id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment EffectiveConfig on Tenant {\n    effective_features {\n      custom_branding\n      sso\n      api_access\n      flags\n    }\n    effective_theme {\n      primary_color\n      secondary_color\n      logo_url\n      font\n      dark_mode\n    }\n  }\n": types.EffectiveConfigFragmentDoc,
    "\n  query TenantConfiguration($id: ID!) {\n    tenant(id: $id) {\n      id\n      ...EffectiveConfig\n    }\n    featureFlags {\n      name\n      plans\n      default\n    }\n  }\n": types.TenantConfigurationDocument,
    "\n  mutation SaveTenantConfiguration($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n      ...EffectiveConfig\n    }\n  }\n": types.SaveTenantConfigurationDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n": types.SuspendTenantDocument,
    "\n  mutation ActivateTenant($id: ID!) {\n    activateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n": types.ActivateTenantDocument,
    "\n  mutation VerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      ...TenantFields\n    }\n  }\n": types.VerifyTenantDomainDocument,
    "\n  query TenantClinicCounts($id: ID!) {\n    tenant(id: $id) {\n      id\n      clinic_counts {\n        staff\n        clients\n        patients\n        appointments\n        payments\n        revenue_total\n        currency\n      }\n    }\n  }\n": types.TenantClinicCountsDocument,
    "\n  fragment TenantFields on Tenant {\n    id\n    name\n    slug\n    domain\n    status\n    billing_plan\n    contact_email\n    contact_phone\n    address\n    timezone\n    currency\n    language\n    theme_json\n    features_json\n    max_staff\n    max_clients\n    max_storage_gb\n    custom_branding\n    sso_enabled\n    api_access\n    created_date\n    updated_date\n    suspension_reason\n    suspended_at\n    domain_verified\n    domain_verification_token\n  }\n": types.TenantFieldsFragmentDoc,
    "\n  query TenantList(\n    $page: Int!\n    $limit: Int!\n    $status: TenantStatus\n    $search: String\n    $sortBy: TenantSortField!\n    $sortOrder: SortOrder!\n  ) {\n    tenants(\n      page: $page\n      limit: $limit\n      status: $status\n      search: $search\n      sortBy: $sortBy\n      sortOrder: $sortOrder\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n": types.TenantListDocument,
    "\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantFields\n    }\n  }\n": types.TenantDocument,
    "\n  query BillingPlans {\n    billingPlans {\n      id\n      name\n      price_monthly\n      max_staff\n      max_clients\n      max_storage_gb\n      features\n    }\n  }\n": types.BillingPlansDocument,
    "\n  query SlugAvailability($slug: String!) {\n    slugAvailability(slug: $slug) {\n      slug\n      available\n      reason\n    }\n  }\n": types.SlugAvailabilityDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  mutation DeleteTenant($id: ID!) {\n    deleteTenant(id: $id) {\n      id\n      deleted\n    }\n  }\n": types.DeleteTenantDocument,
    "\n  subscription TenantChanged {\n    tenantChanged {\n      kind\n      tenant_id\n      tenant {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n": types.TenantChangedDocument,
    "\n  query ClinicUsers($tenant_id: ID!) {\n    clinicUsers(tenant_id: $tenant_id) {\n      id\n      email\n      name\n      role\n      disabled\n      invited\n      last_login_at\n    }\n  }\n": types.ClinicUsersDocument,
    "\n  mutation InviteClinicUser($tenant_id: ID!, $input: InviteClinicUserInput!) {\n    inviteClinicUser(tenant_id: $tenant_id, input: $input) {\n      id\n    }\n  }\n": types.InviteClinicUserDocument,
    "\n  mutation ChangeClinicUserRole($tenant_id: ID!, $id: ID!, $role: ClinicRole!) {\n    changeClinicUserRole(tenant_id: $tenant_id, id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeClinicUserRoleDocument,
    "\n  mutation SetClinicUserDisabled($tenant_id: ID!, $id: ID!, $disabled: Boolean!) {\n    setClinicUserDisabled(tenant_id: $tenant_id, id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetClinicUserDisabledDocument,
    "\n  mutation DeleteClinicUser($tenant_id: ID!, $id: ID!) {\n    deleteClinicUser(tenant_id: $tenant_id, id: $id)\n  }\n": types.DeleteClinicUserDocument,
    "\n  mutation SendClinicUserPasswordReset($tenant_id: ID!, $id: ID!) {\n    sendClinicUserPasswordReset(tenant_id: $tenant_id, id: $id)\n  }\n": types.SendClinicUserPasswordResetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      email\n      name\n      role\n      two_factor_enabled\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      email\n      name\n      role\n      two_factor_enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qr_code_data_url\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qr_code_data_url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      recovery_codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      recovery_codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentAdmin {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query CurrentAdmin {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackupFields on Backup {\n    id\n    kind\n    status\n    timestamp\n    completed_at\n    progress\n    documents_done\n    documents_total\n    size\n    error\n    verification\n    verified_at\n    verification_detail\n    download_url\n    collections {\n      name\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment BackupFields on Backup {\n    id\n    kind\n    status\n    timestamp\n    completed_at\n    progress\n    documents_done\n    documents_total\n    size\n    error\n    verification\n    verified_at\n    verification_detail\n    download_url\n    collections {\n      name\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantBackups($tenant_id: ID!) {\n    tenantBackups(tenant_id: $tenant_id, limit: 50) {\n      items {\n        ...BackupFields\n      }\n      totalCount\n    }\n    tenantRestores(tenant_id: $tenant_id) {\n      id\n      backup_id\n      mode\n      status\n      phase\n      progress\n      target_tenant_id\n      started_at\n      error\n    }\n  }\n"): (typeof documents)["\n  query TenantBackups($tenant_id: ID!) {\n    tenantBackups(tenant_id: $tenant_id, limit: 50) {\n      items {\n        ...BackupFields\n      }\n      totalCount\n    }\n    tenantRestores(tenant_id: $tenant_id) {\n      id\n      backup_id\n      mode\n      status\n      phase\n      progress\n      target_tenant_id\n      started_at\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBackup($tenant_id: ID!) {\n    createBackup(tenant_id: $tenant_id) {\n      ...BackupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBackup($tenant_id: ID!) {\n    createBackup(tenant_id: $tenant_id) {\n      ...BackupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBackup($id: ID!) {\n    deleteBackup(id: $id) {\n      id\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteBackup($id: ID!) {\n    deleteBackup(id: $id) {\n      id\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyBackup($id: ID!) {\n    verifyBackup(id: $id) {\n      ...BackupFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyBackup($id: ID!) {\n    verifyBackup(id: $id) {\n      ...BackupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreBackup($backup_id: ID!) {\n    restoreBackup(backup_id: $backup_id) {\n      id\n      status\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreBackup($backup_id: ID!) {\n    restoreBackup(backup_id: $backup_id) {\n      id\n      status\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloneBackup($backup_id: ID!, $slug: String!, $name: String) {\n    cloneBackup(backup_id: $backup_id, slug: $slug, name: $name) {\n      id\n      status\n      target_tenant_id\n    }\n  }\n"): (typeof documents)["\n  mutation CloneBackup($backup_id: ID!, $slug: String!, $name: String) {\n    cloneBackup(backup_id: $backup_id, slug: $slug, name: $name) {\n      id\n      status\n      target_tenant_id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BackupProgress($tenant_id: ID!) {\n    backupProgress(tenant_id: $tenant_id) {\n      operation\n      id\n      backup_id\n      status\n      phase\n      progress\n      documents_done\n      documents_total\n      error\n    }\n  }\n"): (typeof documents)["\n  subscription BackupProgress($tenant_id: ID!) {\n    backupProgress(tenant_id: $tenant_id) {\n      operation\n      id\n      backup_id\n      status\n      phase\n      progress\n      documents_done\n      documents_total\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingFields on TenantBilling {\n    tenant_id\n    plan\n    price\n    currency\n    features\n    limits {\n      staff\n      clients\n      storage\n    }\n    usage {\n      staff\n      clients\n      storage_gb\n    }\n    next_billing_date\n    status\n    trial_days\n    trial_ends_at\n    current_period_start\n    current_period_end\n    cancel_at_period_end\n    pending_plan\n    balance\n    payment_provider\n    payment_method\n    past_due_since\n    dunning_attempts\n    next_retry_at\n  }\n"): (typeof documents)["\n  fragment BillingFields on TenantBilling {\n    tenant_id\n    plan\n    price\n    currency\n    features\n    limits {\n      staff\n      clients\n      storage\n    }\n    usage {\n      staff\n      clients\n      storage_gb\n    }\n    next_billing_date\n    status\n    trial_days\n    trial_ends_at\n    current_period_start\n    current_period_end\n    cancel_at_period_end\n    pending_plan\n    balance\n    payment_provider\n    payment_method\n    past_due_since\n    dunning_attempts\n    next_retry_at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantBilling($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n    tenantInvoices(tenant_id: $tenant_id) {\n      id\n      number\n      status\n      currency\n      total\n      issued_at\n      due_at\n      paid_at\n    }\n  }\n"): (typeof documents)["\n  query TenantBilling($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n    tenantInvoices(tenant_id: $tenant_id) {\n      id\n      number\n      status\n      currency\n      total\n      issued_at\n      due_at\n      paid_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantUsageLimits($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      tenant_id\n      limits {\n        staff\n        clients\n        storage\n      }\n      usage {\n        staff\n        clients\n        storage_gb\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantUsageLimits($tenant_id: ID!) {\n    tenantBilling(tenant_id: $tenant_id) {\n      tenant_id\n      limits {\n        staff\n        clients\n        storage\n      }\n      usage {\n        staff\n        clients\n        storage_gb\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPlanChange($tenant_id: ID!, $plan: BillingPlan!) {\n    previewPlanChange(tenant_id: $tenant_id, plan: $plan) {\n      kind\n      currency\n      credit\n      charge\n      amount_due\n      effective_at\n      limits {\n        staff\n        clients\n        storage\n      }\n      blocked_by {\n        limit\n        current\n        maximum\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewPlanChange($tenant_id: ID!, $plan: BillingPlan!) {\n    previewPlanChange(tenant_id: $tenant_id, plan: $plan) {\n      kind\n      currency\n      credit\n      charge\n      amount_due\n      effective_at\n      limits {\n        staff\n        clients\n        storage\n      }\n      blocked_by {\n        limit\n        current\n        maximum\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTenantPlan($tenant_id: ID!, $plan: BillingPlan!) {\n    changeTenantPlan(tenant_id: $tenant_id, plan: $plan) {\n      ...BillingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTenantPlan($tenant_id: ID!, $plan: BillingPlan!) {\n    changeTenantPlan(tenant_id: $tenant_id, plan: $plan) {\n      ...BillingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSubscription($tenant_id: ID!) {\n    cancelSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSubscription($tenant_id: ID!) {\n    cancelSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSubscription($tenant_id: ID!) {\n    resumeSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeSubscription($tenant_id: ID!) {\n    resumeSubscription(tenant_id: $tenant_id) {\n      ...BillingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordManualPayment($invoice_id: ID!, $reference: String) {\n    recordManualPayment(invoice_id: $invoice_id, reference: $reference) {\n      id\n      status\n      paid_at\n    }\n  }\n"): (typeof documents)["\n  mutation RecordManualPayment($invoice_id: ID!, $reference: String) {\n    recordManualPayment(invoice_id: $invoice_id, reference: $reference) {\n      id\n      status\n      paid_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPlans {\n    plans {\n      id\n      name\n      price_monthly\n      prices {\n        currency\n        amount\n      }\n      features\n      limits {\n        staff\n        clients\n        storage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogPlans {\n    plans {\n      id\n      name\n      price_monthly\n      prices {\n        currency\n        amount\n      }\n      features\n      limits {\n        staff\n        clients\n        storage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemAnalytics($period: String!) {\n    systemAnalytics(period: $period) {\n      period\n      days\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n        new {\n          daily\n        }\n        churned {\n          daily\n        }\n      }\n      revenue {\n        source\n        mrr {\n          currency\n          amount\n        }\n        arr {\n          currency\n          amount\n        }\n      }\n      usage {\n        total_events\n        api_requests\n        events {\n          daily\n        }\n        api_calls {\n          daily\n        }\n      }\n      top_tenants {\n        by_usage {\n          tenant_id\n          name\n          events\n        }\n      }\n      performance {\n        error_rate\n        average_response_time\n        p95_response_time\n        uptime\n        response_time {\n          daily\n        }\n        error_rate_daily {\n          daily\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemAnalytics($period: String!) {\n    systemAnalytics(period: $period) {\n      period\n      days\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n        new {\n          daily\n        }\n        churned {\n          daily\n        }\n      }\n      revenue {\n        source\n        mrr {\n          currency\n          amount\n        }\n        arr {\n          currency\n          amount\n        }\n      }\n      usage {\n        total_events\n        api_requests\n        events {\n          daily\n        }\n        api_calls {\n          daily\n        }\n      }\n      top_tenants {\n        by_usage {\n          tenant_id\n          name\n          events\n        }\n      }\n      performance {\n        error_rate\n        average_response_time\n        p95_response_time\n        uptime\n        response_time {\n          daily\n        }\n        error_rate_daily {\n          daily\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SystemUsageUpdated {\n    systemUsageUpdated {\n      day\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n      }\n      mrr {\n        currency\n        amount\n      }\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription SystemUsageUpdated {\n    systemUsageUpdated {\n      day\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      tenants {\n        total\n        by_status {\n          status\n          count\n        }\n        by_plan {\n          plan\n          count\n        }\n      }\n      mrr {\n        currency\n        amount\n      }\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    id\n    rule\n    severity\n    state\n    subject\n    tenant_id\n    title\n    message\n    value\n    threshold\n    fired_at\n    last_seen_at\n    evaluations\n    acknowledged_at\n    acknowledged_by\n    resolved_at\n    resolved_by\n  }\n"): (typeof documents)["\n  fragment AlertFields on Alert {\n    id\n    rule\n    severity\n    state\n    subject\n    tenant_id\n    title\n    message\n    value\n    threshold\n    fired_at\n    last_seen_at\n    evaluations\n    acknowledged_at\n    acknowledged_by\n    resolved_at\n    resolved_by\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($state: AlertState, $page: Int, $limit: Int) {\n    alerts(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...AlertFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alerts($state: AlertState, $page: Int, $limit: Int) {\n    alerts(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...AlertFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveAlert($id: ID!) {\n    resolveAlert(id: $id) {\n      ...AlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertChanged {\n    alertChanged {\n      event\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AlertChanged {\n    alertChanged {\n      event\n      alert {\n        ...AlertFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemHealth {\n    systemHealth {\n      status\n      checked_at\n      dependencies {\n        name\n        state\n        latency_ms\n      }\n      queues {\n        name\n        counts {\n          waiting\n          active\n          delayed\n          failed\n          completed\n        }\n      }\n      websocket {\n        connections\n        subscriptions\n      }\n      requests {\n        day\n        requests\n        server_error_rate\n        error_rate\n        average_ms\n        p95_ms\n      }\n      process {\n        uptime_seconds\n        rss_bytes\n        heap_used_bytes\n      }\n      thresholds {\n        error_rate_percent\n        latency_p95_ms\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemHealth {\n    systemHealth {\n      status\n      checked_at\n      dependencies {\n        name\n        state\n        latency_ms\n      }\n      queues {\n        name\n        counts {\n          waiting\n          active\n          delayed\n          failed\n          completed\n        }\n      }\n      websocket {\n        connections\n        subscriptions\n      }\n      requests {\n        day\n        requests\n        server_error_rate\n        error_rate\n        average_ms\n        p95_ms\n      }\n      process {\n        uptime_seconds\n        rss_bytes\n        heap_used_bytes\n      }\n      thresholds {\n        error_rate_percent\n        latency_p95_ms\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubject($tenant_id: ID!, $email: String!) {\n    dataSubject(tenant_id: $tenant_id, email: $email) {\n      client_id\n      first_name\n      last_name\n      email\n      patients\n      appointments\n      payments\n    }\n  }\n"): (typeof documents)["\n  query DataSubject($tenant_id: ID!, $email: String!) {\n    dataSubject(tenant_id: $tenant_id, email: $email) {\n      client_id\n      first_name\n      last_name\n      email\n      patients\n      appointments\n      payments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport($tenant_id: ID!, $client_id: ID!) {\n    requestDataExport(tenant_id: $tenant_id, client_id: $client_id) {\n      url\n      expires_at\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport($tenant_id: ID!, $client_id: ID!) {\n    requestDataExport(tenant_id: $tenant_id, client_id: $client_id) {\n      url\n      expires_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonData($tenant_id: ID!, $client_id: ID!) {\n    erasePersonData(tenant_id: $tenant_id, client_id: $client_id) {\n      erased\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePersonData($tenant_id: ID!, $client_id: ID!) {\n    erasePersonData(tenant_id: $tenant_id, client_id: $client_id) {\n      erased\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLog(\n    $tenant_id: String\n    $event: SecurityEvent\n    $actor: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $page: Int\n    $limit: Int\n  ) {\n    securityLogs(\n      tenant_id: $tenant_id\n      event: $event\n      actor: $actor\n      from: $from\n      to: $to\n      page: $page\n      limit: $limit\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        tenant_id\n        seq\n        event\n        actor\n        actor_label\n        ip_address\n        user_agent\n        timestamp\n        count\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityLog(\n    $tenant_id: String\n    $event: SecurityEvent\n    $actor: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $page: Int\n    $limit: Int\n  ) {\n    securityLogs(\n      tenant_id: $tenant_id\n      event: $event\n      actor: $actor\n      from: $from\n      to: $to\n      page: $page\n      limit: $limit\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        tenant_id\n        seq\n        event\n        actor\n        actor_label\n        ip_address\n        user_agent\n        timestamp\n        count\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityChains {\n    securityChains {\n      chain\n      tenant_id\n      length\n      pruned_through\n      last_verification {\n        ok\n        verified_at\n        entries\n        problem {\n          kind\n          seq\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityChains {\n    securityChains {\n      chain\n      tenant_id\n      length\n      pruned_through\n      last_verification {\n        ok\n        verified_at\n        entries\n        problem {\n          kind\n          seq\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecurityChain($chain: String!) {\n    verifySecurityChain(chain: $chain) {\n      chain\n      ok\n      entries\n      problem {\n        kind\n        entry_id\n        seq\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecurityChain($chain: String!) {\n    verifySecurityChain(chain: $chain) {\n      chain\n      ok\n      entries\n      problem {\n        kind\n        entry_id\n        seq\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentFields on SecurityIncident {\n    id\n    rule\n    severity\n    state\n    title\n    summary\n    tenant_id\n    subject\n    evidence\n    occurrences\n    raised_at\n    acknowledged_by\n    resolved_by\n    note\n    responses {\n      action\n      target\n      outcome\n      until\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentFields on SecurityIncident {\n    id\n    rule\n    severity\n    state\n    title\n    summary\n    tenant_id\n    subject\n    evidence\n    occurrences\n    raised_at\n    acknowledged_by\n    resolved_by\n    note\n    responses {\n      action\n      target\n      outcome\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityIncidents($state: IncidentState, $page: Int, $limit: Int) {\n    securityIncidents(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...IncidentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityIncidents($state: IncidentState, $page: Int, $limit: Int) {\n    securityIncidents(state: $state, page: $page, limit: $limit) {\n      totalCount\n      items {\n        ...IncidentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveIncident($id: ID!) {\n    resolveSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveIncident($id: ID!) {\n    resolveSecurityIncident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentRaised {\n    incidentRaised {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentRaised {\n    incidentRaised {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantAnalytics($id: ID!, $period: String!) {\n    tenantAnalytics(tenant_id: $id, period: $period) {\n      tenant_id\n      period\n      currency\n      timezone\n      usage {\n        staff_count\n        client_count\n        appointment_count\n        revenue\n        storage_used\n      }\n      trends {\n        days\n        appointments {\n          daily\n        }\n        revenue {\n          daily\n        }\n        api_calls {\n          daily\n        }\n        logins {\n          daily\n        }\n        usage_events {\n          daily\n        }\n        response_time {\n          daily\n        }\n        error_rate {\n          daily\n        }\n      }\n      performance {\n        average_response_time\n        p95_response_time\n        uptime\n        error_rate\n        requests\n      }\n      storage_source\n    }\n  }\n"): (typeof documents)["\n  query TenantAnalytics($id: ID!, $period: String!) {\n    tenantAnalytics(tenant_id: $id, period: $period) {\n      tenant_id\n      period\n      currency\n      timezone\n      usage {\n        staff_count\n        client_count\n        appointment_count\n        revenue\n        storage_used\n      }\n      trends {\n        days\n        appointments {\n          daily\n        }\n        revenue {\n          daily\n        }\n        api_calls {\n          daily\n        }\n        logins {\n          daily\n        }\n        usage_events {\n          daily\n        }\n        response_time {\n          daily\n        }\n        error_rate {\n          daily\n        }\n      }\n      performance {\n        average_response_time\n        p95_response_time\n        uptime\n        error_rate\n        requests\n      }\n      storage_source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UsageUpdated($id: ID!) {\n    usageUpdated(tenant_id: $id) {\n      tenant_id\n      day\n      currency\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      appointments_today\n      revenue_today\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription UsageUpdated($id: ID!) {\n    usageUpdated(tenant_id: $id) {\n      tenant_id\n      day\n      currency\n      events_today\n      api_requests_today\n      errors_today\n      error_rate\n      average_response_time\n      appointments_today\n      revenue_today\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    created_date\n    last_used_at\n    revoked_at\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    created_date\n    last_used_at\n    revoked_at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantApiKeys($tenantId: ID!) {\n    apiKeys(tenant_id: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query TenantApiKeys($tenantId: ID!) {\n    apiKeys(tenant_id: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($tenantId: ID!, $name: String!) {\n    createApiKey(tenant_id: $tenantId, name: $name) {\n      key\n      api_key {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($tenantId: ID!, $name: String!) {\n    createApiKey(tenant_id: $tenantId, name: $name) {\n      key\n      api_key {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($tenantId: ID!, $id: ID!) {\n    revokeApiKey(tenant_id: $tenantId, id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($tenantId: ID!, $id: ID!) {\n    revokeApiKey(tenant_id: $tenantId, id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EffectiveConfig on Tenant {\n    effective_features {\n      custom_branding\n      sso\n      api_access\n      flags\n    }\n    effective_theme {\n      primary_color\n      secondary_color\n      logo_url\n      font\n      dark_mode\n    }\n  }\n"): (typeof documents)["\n  fragment EffectiveConfig on Tenant {\n    effective_features {\n      custom_branding\n      sso\n      api_access\n      flags\n    }\n    effective_theme {\n      primary_color\n      secondary_color\n      logo_url\n      font\n      dark_mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantConfiguration($id: ID!) {\n    tenant(id: $id) {\n      id\n      ...EffectiveConfig\n    }\n    featureFlags {\n      name\n      plans\n      default\n    }\n  }\n"): (typeof documents)["\n  query TenantConfiguration($id: ID!) {\n    tenant(id: $id) {\n      id\n      ...EffectiveConfig\n    }\n    featureFlags {\n      name\n      plans\n      default\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTenantConfiguration($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n      ...EffectiveConfig\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTenantConfiguration($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n      ...EffectiveConfig\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateTenant($id: ID!) {\n    activateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateTenant($id: ID!) {\n    activateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantClinicCounts($id: ID!) {\n    tenant(id: $id) {\n      id\n      clinic_counts {\n        staff\n        clients\n        patients\n        appointments\n        payments\n        revenue_total\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantClinicCounts($id: ID!) {\n    tenant(id: $id) {\n      id\n      clinic_counts {\n        staff\n        clients\n        patients\n        appointments\n        payments\n        revenue_total\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantFields on Tenant {\n    id\n    name\n    slug\n    domain\n    status\n    billing_plan\n    contact_email\n    contact_phone\n    address\n    timezone\n    currency\n    language\n    theme_json\n    features_json\n    max_staff\n    max_clients\n    max_storage_gb\n    custom_branding\n    sso_enabled\n    api_access\n    created_date\n    updated_date\n    suspension_reason\n    suspended_at\n    domain_verified\n    domain_verification_token\n  }\n"): (typeof documents)["\n  fragment TenantFields on Tenant {\n    id\n    name\n    slug\n    domain\n    status\n    billing_plan\n    contact_email\n    contact_phone\n    address\n    timezone\n    currency\n    language\n    theme_json\n    features_json\n    max_staff\n    max_clients\n    max_storage_gb\n    custom_branding\n    sso_enabled\n    api_access\n    created_date\n    updated_date\n    suspension_reason\n    suspended_at\n    domain_verified\n    domain_verification_token\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantList(\n    $page: Int!\n    $limit: Int!\n    $status: TenantStatus\n    $search: String\n    $sortBy: TenantSortField!\n    $sortOrder: SortOrder!\n  ) {\n    tenants(\n      page: $page\n      limit: $limit\n      status: $status\n      search: $search\n      sortBy: $sortBy\n      sortOrder: $sortOrder\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantList(\n    $page: Int!\n    $limit: Int!\n    $status: TenantStatus\n    $search: String\n    $sortBy: TenantSortField!\n    $sortOrder: SortOrder!\n  ) {\n    tenants(\n      page: $page\n      limit: $limit\n      status: $status\n      search: $search\n      sortBy: $sortBy\n      sortOrder: $sortOrder\n    ) {\n      totalCount\n      page\n      limit\n      items {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPlans {\n    billingPlans {\n      id\n      name\n      price_monthly\n      max_staff\n      max_clients\n      max_storage_gb\n      features\n    }\n  }\n"): (typeof documents)["\n  query BillingPlans {\n    billingPlans {\n      id\n      name\n      price_monthly\n      max_staff\n      max_clients\n      max_storage_gb\n      features\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlugAvailability($slug: String!) {\n    slugAvailability(slug: $slug) {\n      slug\n      available\n      reason\n    }\n  }\n"): (typeof documents)["\n  query SlugAvailability($slug: String!) {\n    slugAvailability(slug: $slug) {\n      slug\n      available\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenant($id: ID!) {\n    deleteTenant(id: $id) {\n      id\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTenant($id: ID!) {\n    deleteTenant(id: $id) {\n      id\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenantChanged {\n    tenantChanged {\n      kind\n      tenant_id\n      tenant {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TenantChanged {\n    tenantChanged {\n      kind\n      tenant_id\n      tenant {\n        id\n        name\n        slug\n        domain\n        status\n        billing_plan\n        contact_email\n        created_date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicUsers($tenant_id: ID!) {\n    clinicUsers(tenant_id: $tenant_id) {\n      id\n      email\n      name\n      role\n      disabled\n      invited\n      last_login_at\n    }\n  }\n"): (typeof documents)["\n  query ClinicUsers($tenant_id: ID!) {\n    clinicUsers(tenant_id: $tenant_id) {\n      id\n      email\n      name\n      role\n      disabled\n      invited\n      last_login_at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteClinicUser($tenant_id: ID!, $input: InviteClinicUserInput!) {\n    inviteClinicUser(tenant_id: $tenant_id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteClinicUser($tenant_id: ID!, $input: InviteClinicUserInput!) {\n    inviteClinicUser(tenant_id: $tenant_id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeClinicUserRole($tenant_id: ID!, $id: ID!, $role: ClinicRole!) {\n    changeClinicUserRole(tenant_id: $tenant_id, id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeClinicUserRole($tenant_id: ID!, $id: ID!, $role: ClinicRole!) {\n    changeClinicUserRole(tenant_id: $tenant_id, id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClinicUserDisabled($tenant_id: ID!, $id: ID!, $disabled: Boolean!) {\n    setClinicUserDisabled(tenant_id: $tenant_id, id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetClinicUserDisabled($tenant_id: ID!, $id: ID!, $disabled: Boolean!) {\n    setClinicUserDisabled(tenant_id: $tenant_id, id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClinicUser($tenant_id: ID!, $id: ID!) {\n    deleteClinicUser(tenant_id: $tenant_id, id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteClinicUser($tenant_id: ID!, $id: ID!) {\n    deleteClinicUser(tenant_id: $tenant_id, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendClinicUserPasswordReset($tenant_id: ID!, $id: ID!) {\n    sendClinicUserPasswordReset(tenant_id: $tenant_id, id: $id)\n  }\n"): (typeof documents)["\n  mutation SendClinicUserPasswordReset($tenant_id: ID!, $id: ID!) {\n    sendClinicUserPasswordReset(tenant_id: $tenant_id, id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;