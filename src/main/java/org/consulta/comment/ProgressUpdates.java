package org.consulta.comment;

import java.util.Optional;

/**
 * What comments on a progress update need to know of it. Progress updates belong to the tracking
 * feature, which stands above this one (it shows their comments) and implements this interface: this
 * feature never queries tracking's entities.
 */
public interface ProgressUpdates {

    /** The published, adopted commitment this update reports on, in the current repository; empty otherwise. */
    Optional<TrackedCommitment> trackedCommitment(long updateId);

    /** Who posted the update. */
    long reporterOf(long updateId);
}
