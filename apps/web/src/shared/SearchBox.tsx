import { SearchOutlined } from '@ant-design/icons';
import type { InputProps } from 'antd';
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

type SearchBoxProps = Omit<InputProps, 'value' | 'defaultValue' | 'onChange' | 'onPressEnter'> & {
  /** The search in force (e.g. from the address); the box follows it when it changes elsewhere. */
  value: string | undefined;
  /** Called with the trimmed text, or undefined for none. */
  onSearch: (q: string | undefined) => void;
};

const SEARCH_DELAY_MS = 400;

/** A search field that searches once typing pauses, or at once on Enter. */
export function SearchBox({ value, onSearch, ...inputProps }: SearchBoxProps) {
  const [text, setText] = useState(value ?? '');
  const [followed, setFollowed] = useState(value);
  if (value !== followed) {
    // Changed elsewhere (back, a cleared filter): show it instead of what was typed.
    setFollowed(value);
    setText(value ?? '');
  }
  const settled = useDebouncedValue(text, SEARCH_DELAY_MS);
  const apply = (raw: string) => {
    const q = raw.trim() || undefined;
    if (q !== value) onSearch(q);
  };
  // Only a settled change of the text searches; `value` changing alone must not (it follows it).
  useEffect(() => apply(settled), [settled]);

  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      {...inputProps}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => apply(text)}
    />
  );
}
