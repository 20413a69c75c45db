package org.consulta.search;

import java.util.List;

/** One page of results, with the total, for "12 results, page 2 of 3". */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize) {

    public List<SearchHit> getHits() { return hits; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public boolean isHasNext() { return (long) (page + 1) * pageSize < total; }
    public boolean isHasPrevious() { return page > 0; }
    public long getPages() { return (total + pageSize - 1) / pageSize; }
}
