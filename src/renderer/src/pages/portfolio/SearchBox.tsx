import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { memo, type RefObject } from 'react';
import { usePortfolioView } from './view-store';

/** The text search over partner name, ID and account manager; `/` focuses it. */
export const SearchBox = memo(function SearchBox({
  inputRef,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const search = usePortfolioView((s) => s.search);
  const setSearch = usePortfolioView((s) => s.setSearch);
  return (
    <TextInput
      ref={inputRef}
      size="xs"
      w={220}
      aria-label="Search partners"
      placeholder="Search name, ID or manager"
      value={search}
      onChange={(e) => setSearch(e.currentTarget.value)}
      rightSection={
        search ? (
          <CloseButton size="xs" aria-label="Clear search" onClick={() => setSearch('')} />
        ) : (
          <Kbd size="xs">/</Kbd>
        )
      }
    />
  );
});
