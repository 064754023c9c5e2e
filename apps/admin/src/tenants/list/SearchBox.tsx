import { useEffect, useRef, useState } from 'react';

interface SearchBoxProps {
  value: string;
  onSearch: (search: string) => void;
}

const SEARCH_DELAY_MS = 300;

/** Types freely, searches once typing pauses; Enter searches at once. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const timer = useRef<number | undefined>(undefined);

  // Back/forward can change the search under us; the box follows the URL.
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function commit(text: string) {
    window.clearTimeout(timer.current);
    if (text.trim() !== value) onSearch(text.trim());
  }

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        commit(draft);
      }}
    >
      <label htmlFor="tenant-search">Search</label>
      <input
        id="tenant-search"
        type="search"
        maxLength={100}
        value={draft}
        placeholder="Name, slug, domain or e-mail"
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => commit(text), SEARCH_DELAY_MS);
        }}
      />
    </form>
  );
}
