package org.consulta.moderation;

import java.util.List;

/** One page of a queue list, paginated in the database. */
public record QueuePage<T>(List<T> items, long total, int page, int pageSize) {

    public List<T> getItems() { return items; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public boolean isHasNext() { return (long) (page + 1) * pageSize < total; }
    public boolean isHasPrevious() { return page > 0; }
}
