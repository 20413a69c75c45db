package org.consulta.web.admin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import org.consulta.repository.TimeZones;
import org.consulta.web.frame.I18nView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ~600 time zones as a person finds one: grouped by region (named in the page's language), each
 * labelled by its place first and its offset today ("Bogota (UTC−05:00)"), so that typing the city's first
 * letters in the list reaches it, with or without JavaScript.
 */
final class ZoneChoices {

    private ZoneChoices() {
    }

    static List<SelectItem> grouped(I18nView i18n) {
        Map<String, List<SelectItem>> byRegion = new LinkedHashMap<>();
        Instant now = Instant.now();
        DateTimeFormatter offset = DateTimeFormatter.ofPattern("xxx");
        for (String zone : TimeZones.CHOICES) {
            int slash = zone.indexOf('/');
            String region = slash < 0 ? "UTC" : zone.substring(0, slash);
            String place = slash < 0 ? zone : zone.substring(slash + 1).replace('_', ' ').replace("/", " – ");
            String label = place + " (UTC" + offset.format(now.atZone(ZoneId.of(zone))).replace("+00:00", "") + ")";
            byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(new SelectItem(zone, label));
        }
        List<SelectItem> groups = new ArrayList<>();
        byRegion.forEach((region, items) -> {
            items.sort(java.util.Comparator.comparing(SelectItem::getLabel));
            groups.add(new SelectItemGroup(i18n.text("admin_settings.region." + region), null, false, items.toArray(new SelectItem[0])));
        });
        return groups;
    }
}
