import { PLANS } from '../tenants/plans.js';
import type { StoredInvoice } from './invoice-ledger.js';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const money = (minor: number, currency: string): string =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);

const date = (value: Date | null): string => (value ? value.toISOString().slice(0, 10) : '—');

/** A printable invoice: plain HTML with print styles, no scripts, every value escaped. */
export function invoiceHtml(
  invoice: StoredInvoice,
  customer: { name: string; address: string | null },
): string {
  const rows = invoice.lines
    .map(
      (line) =>
        `<tr><td>${escape(line.description)}</td><td>${escape(line.kind)}</td><td class="n">${money(line.amount, invoice.currency)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Invoice ${escape(invoice.number ?? 'draft')}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;max-width:720px;margin:2rem auto;color:#111}
table{width:100%;border-collapse:collapse}td,th{padding:.4rem;border-bottom:1px solid #ddd;text-align:left}
.n{text-align:right}.total td{font-weight:600}@media print{body{margin:0}}
</style></head><body>
<h1>Invoice ${escape(invoice.number ?? 'draft')}</h1>
<p><strong>VetCares</strong> · billed to <strong>${escape(customer.name)}</strong>${customer.address ? `<br>${escape(customer.address)}` : ''}</p>
<p>Status: <strong data-status>${escape(invoice.status)}</strong> · Plan: ${escape(PLANS[invoice.plan].name)}<br>
Issued ${date(invoice.issued_at)} · Due ${date(invoice.due_at)} · Period ${date(invoice.period_start)} to ${date(invoice.period_end)}${invoice.paid_at ? ` · Paid ${date(invoice.paid_at)}` : ''}</p>
<table><thead><tr><th>Description</th><th>Kind</th><th class="n">Amount</th></tr></thead><tbody>${rows}</tbody>
<tfoot><tr><td colspan="2">Subtotal</td><td class="n">${money(invoice.subtotal, invoice.currency)}</td></tr>
<tr><td colspan="2">Tax (${(invoice.tax_rate_bps / 100).toFixed(2)} %)</td><td class="n">${money(invoice.tax, invoice.currency)}</td></tr>
<tr class="total"><td colspan="2">Total</td><td class="n">${money(invoice.total, invoice.currency)}</td></tr>
<tr><td colspan="2">Paid</td><td class="n">${money(invoice.amount_paid, invoice.currency)}</td></tr></tfoot></table>
</body></html>`;
}
