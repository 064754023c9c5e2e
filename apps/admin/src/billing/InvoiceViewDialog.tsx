import { useEffect, useState } from 'react';
import { accessToken } from '../auth/session';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * The printable invoice (GET /api/admin/invoices/:id/html), fetched with the session's token and
 * shown in a sandboxed frame; Print opens the browser's print dialog for it.
 */
export function InvoiceViewDialog({
  invoiceId,
  number,
  onClose,
}: {
  invoiceId: string | null;
  number: string | null;
  onClose: () => void;
}) {
  const [loaded, setLoaded] = useState<{ id: string; html: string | null; error: string | null }>({
    id: '',
    html: null,
    error: null,
  });
  // What was loaded for another invoice is not shown for this one.
  const html = loaded.id === invoiceId ? loaded.html : null;
  const error = loaded.id === invoiceId ? loaded.error : null;

  useEffect(() => {
    if (!invoiceId) return;
    let current = true;
    void accessToken()
      .then((token) =>
        fetch(`/api/admin/invoices/${invoiceId}/html`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      )
      .then(async (response) => {
        if (!response.ok) throw new Error(`The invoice could not be loaded (${response.status})`);
        const text = await response.text();
        if (current) setLoaded({ id: invoiceId, html: text, error: null });
      })
      .catch((problem: unknown) => {
        if (current) {
          const message = problem instanceof Error ? problem.message : String(problem);
          setLoaded({ id: invoiceId, html: null, error: message });
        }
      });
    return () => {
      current = false;
    };
  }, [invoiceId]);

  const print = () => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.invoice-frame');
    frame?.contentWindow?.print();
  };

  return (
    <ConfirmDialog
      open={invoiceId !== null}
      title={`Invoice ${number ?? ''}`}
      confirmLabel="Print"
      tone="primary"
      error={error}
      onCancel={onClose}
      onConfirm={print}
    >
      {html ? (
        <iframe
          className="invoice-frame"
          title={`Invoice ${number ?? ''}`}
          sandbox="allow-modals allow-same-origin"
          srcDoc={html}
          style={{ width: '100%', minHeight: '28rem', border: 0 }}
        />
      ) : error ? null : (
        <p role="status">Loading…</p>
      )}
    </ConfirmDialog>
  );
}
