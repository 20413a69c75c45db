package org.consulta.web.frame;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;

import java.util.List;

/**
 * A Chart.js bar chart for {@code p:chart}, in the frame's accent colour, without animation or legend: the
 * page beside it keeps a table and a sentence saying the same, the text alternative and what a reader
 * without JavaScript sees.
 */
public final class BarChart {

    /** One provider: looking one up scans the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private BarChart() {
    }

    /** The chart's configuration: one bar per label, horizontal when the labels are long (options' names). */
    public static String of(List<String> labels, List<Long> values, String series, boolean horizontal) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder numbers = JSON.createArrayBuilder();
        values.forEach(numbers::add);
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", names).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("label", series).add("data", numbers).add("backgroundColor", "#0b5394"))))
                .add("options", JSON.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x").add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", JSON.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
