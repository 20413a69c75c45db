package org.consulta.repository;

import java.time.ZoneId;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The zones an administrator can choose for a repository: the regional ones ("Europe/Paris", "America/Bogota"), and UTC. */
public final class TimeZones {

    public static final SortedSet<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.equals("UTC") || z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .collect(Collectors.toCollection(TreeSet::new));

    private TimeZones() {
    }
}
