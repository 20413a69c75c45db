package org.consulta.tracking;

import java.time.Instant;

/**
 * One dated step in a commitment's life: a version published, a consultation opened or closed,
 * responses given, a progress update. {@code kind} names the message; {@code detail} fills it; {@code anchor}
 * is where on the commitment's pages it is shown (a path after the commitment's URL).
 */
public record TimelineEntry(Instant at, String kind, String detail, String anchor) {

    public Instant getAt() { return at; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
    public String getAnchor() { return anchor; }
    /** What the message is formatted with: a count where it is one (plural rules need a number). */
    public Object getArgument() { return "RESPONSES".equals(kind) ? Long.valueOf(detail) : detail; }
}
