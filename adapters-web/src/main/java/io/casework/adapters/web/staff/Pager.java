package io.casework.adapters.web.staff;

/** Where a keyset-paged list is: the cursor of the next page (null on the last), and whether this is the first. */
public record Pager(String nextCursor, boolean firstPage) {
    static Pager of(String cursor, java.util.Optional<String> nextCursor) {
        return new Pager(nextCursor.orElse(null), cursor == null || cursor.isEmpty());
    }

    /** Whether there is more than one page, so the page shows its links. */
    public boolean paged() {
        return nextCursor != null || !firstPage;
    }
}
