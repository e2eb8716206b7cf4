/** Invoice facts moved to lib/analysis, which needs them to tell an overdue invoice; re-exported here. */
export {
  currencyOf,
  extractInvoiceFacts,
  findInvoiceFact,
  INVOICE_FACT_PATTERNS,
  type InvoiceFactKind,
  type InvoiceFactPattern,
  type InvoiceFacts,
  parseAmount,
  parseWrittenDay,
} from '../analysis/invoice-facts.ts';
