package org.consulta.web.frame;

import org.consulta.kernel.Slice;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A PrimeFaces lazy table model over a feature's own database paging: the table's page, sort column and
 * column filters become a {@link Slice}, and the feature's service (which checks the reader's role each time)
 * answers with that slice and with the count its filters keep. Nothing is sorted or filtered in memory.
 * The model is built anew on each request by a request-scoped backing bean; the table keeps only its page,
 * sort and filters in the view state.
 */
public class LazyRows<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Function<Slice, List<T>> rows;
    private final transient ToIntFunction<Slice> count;
    private final transient Function<T, Object> key;

    public LazyRows(Function<Slice, List<T>> rows, ToIntFunction<Slice> count, Function<T, Object> key) {
        this.rows = rows;
        this.count = count;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return count.applyAsInt(new Slice(0, 1, null, true, filters(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted()).findFirst().orElse(null);
        return rows.apply(new Slice(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == SortOrder.ASCENDING, filters(filterBy)));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.values().forEach(f -> {
                if (f.getField() != null && f.getFilterValue() != null && !String.valueOf(f.getFilterValue()).isBlank()) {
                    filters.put(f.getField(), String.valueOf(f.getFilterValue()));
                }
            });
        }
        return filters;
    }
}
