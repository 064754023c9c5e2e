import { useState } from 'react';

interface NewApiKeyNoticeProps {
  name: string;
  apiKey: string;
  onDone: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The only time a key is visible: the API keeps just a hash of it. */
export function NewApiKeyNotice({ name, apiKey, onDone }: NewApiKeyNoticeProps) {
  const [copy, setCopy] = useState<CopyState>('idle');

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopy('copied');
    } catch {
      // Clipboard access needs a secure context and permission; selecting still works.
      setCopy('failed');
    }
  }

  return (
    <div className="panel panel--warning new-api-key" role="region" aria-label="New API key">
      <p>
        <strong>Copy the key “{name}” now.</strong> It is shown only this once: VetCares stores only
        a hash of it. The clinic&apos;s software sends it as the <code>X-API-Key</code> header.
      </p>
      <div className="new-api-key__value">
        <input
          readOnly
          aria-label="API key"
          value={apiKey}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copyKey()}>
          Copy
        </button>
      </div>
      <p role="status" className="save-status">
        {copy === 'copied' ? 'Copied to the clipboard.' : ''}
        {copy === 'failed' ? 'Could not copy: select the key and copy it yourself.' : ''}
      </p>
      <button type="button" className="button button--primary" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
