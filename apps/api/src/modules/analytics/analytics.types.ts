import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'One value per day of the period, oldest first, 0 where nothing happened',
})
export class DailySeries {
  @Field(() => [Float])
  daily!: number[];
}

@ObjectType()
export class TenantUsageSummary {
  @Field(() => Int, { description: 'Active staff members now' })
  staff_count!: number;

  @Field(() => Int, { description: 'Clients now' })
  client_count!: number;

  @Field(() => Int, { description: 'Appointments on the days of the period (not cancelled)' })
  appointment_count!: number;

  @Field(() => Float, {
    description: "The clinic's revenue from its payments in the period, in its own currency",
  })
  revenue!: number;

  @Field(() => Float, { description: 'Gigabytes stored (see storage_source)' })
  storage_used!: number;
}

@ObjectType()
export class TenantTrends {
  @Field(() => [String], { description: "The period's days (YYYY-MM-DD, the clinic's timezone)" })
  days!: string[];

  @Field(() => DailySeries, { description: 'Appointments per day' })
  appointments!: DailySeries;

  @Field(() => DailySeries, { description: 'Revenue per day, in the clinic currency' })
  revenue!: DailySeries;

  @Field(() => DailySeries, {
    description: "Requests the API served for the clinic's users and keys",
  })
  api_calls!: DailySeries;

  @Field(() => DailySeries, { description: 'user_login events reported by the clinic apps' })
  logins!: DailySeries;

  @Field(() => DailySeries, { description: 'All usage events reported by the clinic apps' })
  usage_events!: DailySeries;

  @Field(() => DailySeries, { description: 'Mean response time per day, in milliseconds' })
  response_time!: DailySeries;

  @Field(() => DailySeries, { description: 'Share of requests that failed, per day, in percent' })
  error_rate!: DailySeries;
}

@ObjectType()
export class PerformanceFigures {
  @Field(() => Float, { description: 'Mean response time in milliseconds' })
  average_response_time!: number;

  @Field(() => Float, { description: '95th percentile of response time in milliseconds' })
  p95_response_time!: number;

  @Field(() => Float, {
    description:
      'Percent of the minutes in the period in which no request failed with a server error',
  })
  uptime!: number;

  @Field(() => Float, { description: 'Percent of requests that failed' })
  error_rate!: number;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  errors!: number;

  @Field(() => Int)
  server_errors!: number;
}

@ObjectType()
export class OperationFigures {
  @Field(() => String, { description: 'e.g. "query:appointments" or "POST /api/usage/events"' })
  operation!: string;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  errors!: number;

  @Field(() => Float)
  average_response_time!: number;

  @Field(() => Float)
  p95_response_time!: number;
}

@ObjectType({ description: "A clinic's analytics over a period, in the spec's shape" })
export class TenantAnalyticsResult {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String, { description: '7d, 30d, 90d or custom' })
  period!: string;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { description: 'The clinic timezone, which the days follow' })
  timezone!: string;

  @Field(() => String, { description: 'The clinic currency, which revenue is in' })
  currency!: string;

  @Field(() => TenantUsageSummary)
  usage!: TenantUsageSummary;

  @Field(() => TenantTrends)
  trends!: TenantTrends;

  @Field(() => PerformanceFigures)
  performance!: PerformanceFigures;
}

@ObjectType()
export class StatusCount {
  @Field(() => String)
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class PlanCount {
  @Field(() => String)
  plan!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class SystemTenantFigures {
  @Field(() => Int, { description: 'Tenants that are not deleted' })
  total!: number;

  @Field(() => [StatusCount])
  by_status!: StatusCount[];

  @Field(() => [PlanCount], { description: 'Tenants that are not deleted, by plan' })
  by_plan!: PlanCount[];

  @Field(() => DailySeries, { description: 'Tenants created per day' })
  new!: DailySeries;

  @Field(() => DailySeries, {
    description: 'Tenants that became inactive or were deleted, per day',
  })
  churned!: DailySeries;
}

@ObjectType()
export class MoneyAmount {
  @Field(() => String)
  currency!: string;

  @Field(() => Float)
  amount!: number;
}

@ObjectType()
export class CurrencySeries {
  @Field(() => String)
  currency!: string;

  @Field(() => [Float])
  daily!: number[];
}

@ObjectType()
export class SystemRevenueFigures {
  @Field(() => String, { description: 'Where the figures come from' })
  source!: string;

  @Field(() => [MoneyAmount], { description: 'Monthly recurring revenue, per currency' })
  mrr!: MoneyAmount[];

  @Field(() => [MoneyAmount], { description: 'Annual recurring revenue, per currency' })
  arr!: MoneyAmount[];

  @Field(() => [CurrencySeries], { description: 'Revenue collected per day, per currency' })
  trend!: CurrencySeries[];
}

@ObjectType()
export class EventCount {
  @Field(() => String)
  event!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class SystemUsageFigures {
  @Field(() => Int)
  total_events!: number;

  @Field(() => Int)
  api_requests!: number;

  @Field(() => DailySeries, { description: 'Usage events per day' })
  events!: DailySeries;

  @Field(() => DailySeries, { description: 'API requests per day' })
  api_calls!: DailySeries;

  @Field(() => [EventCount])
  by_event!: EventCount[];
}

@ObjectType()
export class TenantByUsage {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => Int)
  events!: number;
}

@ObjectType()
export class TenantByRevenue {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => Float)
  amount!: number;
}

@ObjectType()
export class TopTenants {
  @Field(() => [TenantByUsage])
  by_usage!: TenantByUsage[];

  @Field(() => [TenantByRevenue])
  by_revenue!: TenantByRevenue[];
}

@ObjectType()
export class SystemPerformanceFigures extends PerformanceFigures {
  @Field(() => DailySeries)
  response_time!: DailySeries;

  @Field(() => DailySeries)
  error_rate_daily!: DailySeries;
}

@ObjectType({ description: 'The whole platform over a period of UTC days' })
export class SystemAnalyticsResult {
  @Field(() => String)
  period!: string;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => [String])
  days!: string[];

  @Field(() => SystemTenantFigures)
  tenants!: SystemTenantFigures;

  @Field(() => SystemRevenueFigures)
  revenue!: SystemRevenueFigures;

  @Field(() => SystemUsageFigures)
  usage!: SystemUsageFigures;

  @Field(() => TopTenants)
  top_tenants!: TopTenants;

  @Field(() => SystemPerformanceFigures)
  performance!: SystemPerformanceFigures;
}

@ObjectType({ description: "A clinic's usage today, sent live" })
export class UsageUpdateEvent {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String, { description: "Today, in the clinic's timezone" })
  day!: string;

  @Field(() => String)
  timezone!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => Int)
  events_today!: number;

  @Field(() => [EventCount])
  events!: EventCount[];

  @Field(() => Int)
  api_requests_today!: number;

  @Field(() => Int)
  errors_today!: number;

  @Field(() => Float)
  error_rate!: number;

  @Field(() => Float)
  average_response_time!: number;

  @Field(() => Int)
  appointments_today!: number;

  @Field(() => Float)
  revenue_today!: number;

  @Field(() => Date)
  at!: Date;
}

@ObjectType()
export class LiveTenantFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatusCount])
  by_status!: StatusCount[];

  @Field(() => [PlanCount])
  by_plan!: PlanCount[];
}

@ObjectType({ description: 'The platform today (UTC), sent live' })
export class SystemUsageUpdateEvent {
  @Field(() => String)
  day!: string;

  @Field(() => Int)
  events_today!: number;

  @Field(() => Int)
  api_requests_today!: number;

  @Field(() => Int)
  errors_today!: number;

  @Field(() => Float)
  error_rate!: number;

  @Field(() => Float)
  average_response_time!: number;

  @Field(() => LiveTenantFigures)
  tenants!: LiveTenantFigures;

  @Field(() => [MoneyAmount])
  mrr!: MoneyAmount[];

  @Field(() => Date)
  at!: Date;
}
