package org.consulta.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** What a reader of one language sees of one plan or commitment, kept for searching. */
@Entity
@Table(name = "search_entry")
public class SearchEntry extends TenantOwned {

    @Column(name = "owner_kind", nullable = false, length = 12)
    private String ownerKind;
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;
    @Column(nullable = false, length = 8)
    private String language;
    @Column(name = "plan_slug", nullable = false, length = 40)
    private String planSlug;
    @Column(length = 12)
    private String reference;
    @Column(nullable = false, length = 4000)
    private String title;
    @Column(nullable = false)
    private String body;
    /** Whether a machine made some of this language's text (the results say so). */
    @Column(nullable = false)
    private boolean machine;
    /** The language the title and text are really in: another one when the reader's has no translation. */
    @Column(name = "shown_language", length = 8)
    private String shownLanguage;

    protected SearchEntry() {
    }

    SearchEntry(String ownerKind, Long ownerId, String language, String planSlug, String reference, String title, String body,
                boolean machine, String shownLanguage) {
        this.machine = machine;
        this.shownLanguage = shownLanguage;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.language = language;
        this.planSlug = planSlug;
        this.reference = reference;
        this.title = title.length() > 4000 ? title.substring(0, 4000) : title;
        this.body = body;
    }
}
