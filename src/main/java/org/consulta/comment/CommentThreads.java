package org.consulta.comment;

import java.util.List;
import java.util.Map;

/**
 * One page of a commitment's discussion: top-level comments with their replies, the count per
 * alignment per section (key "" for the whole commitment), and what is needed to page.
 */
public record CommentThreads(List<ShownComment> threads, List<ShownComment> onRemovedPassages, long total, int page,
                             int pageSize, Map<String, Map<Alignment, Long>> alignments, long answered, long answerable,
                             boolean readable) {

    /** A consultation discussion's page: what can be answered is every counted top-level contribution. */
    CommentThreads(List<ShownComment> threads, List<ShownComment> onRemovedPassages, long total, int page, int pageSize,
                   Map<String, Map<Alignment, Long>> alignments, long answered, boolean readable) {
        this(threads, onRemovedPassages, total, page, pageSize, alignments, answered,
                alignments.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum(), readable);
    }

    /** False: the visitor must sign in to read the contributions (the counts stay public). */
    public boolean isReadable() { return readable; }

    /** The text of a comment of this page (for its author's edit form); null if not on the page. */
    public String bodyOf(Long commentId) {
        return java.util.stream.Stream.concat(threads.stream(), onRemovedPassages.stream()).flatMap(ShownComment::flatten)
                .filter(c -> c.comment().getId().equals(commentId)).map(c -> c.comment().getBody()).findFirst().orElse(null);
    }

    /** Top-level contributions about one section (key), all alignments together. */
    public long about(String sectionKey) {
        return alignments.getOrDefault(sectionKey, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The same by alignment name, for "2 in favour, 1 against" next to a section. */
    public Map<String, Long> aboutByAlignment(String sectionKey) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (Alignment a : Alignment.values()) {
            out.put(a.name(), alignments.getOrDefault(sectionKey, Map.of()).getOrDefault(a, 0L));
        }
        return out;
    }

    public List<ShownComment> getThreads() { return threads; }
    public List<ShownComment> getOnRemovedPassages() { return onRemovedPassages; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public boolean isHasNext() { return (long) (page + 1) * pageSize < total; }
    public boolean isHasPrevious() { return page > 0; }
    public Map<String, Map<Alignment, Long>> getAlignments() { return alignments; }
    /** Top-level contributions (not withdrawn) that have an official response. */
    public long getAnswered() { return answered; }
    /** Top-level contributions not withdrawn: what "answered" is counted against. */
    public long getAnswerable() { return answerable; }

    /** Counts per alignment (by name, as pages ask for them) over the whole commitment, all sections together. */
    public Map<String, Long> getTotals() {
        Map<String, Long> totals = new java.util.HashMap<>();
        for (Alignment a : Alignment.values()) {
            totals.put(a.name(), alignments.values().stream().mapToLong(m -> m.getOrDefault(a, 0L)).sum());
        }
        return totals;
    }
}
