package org.consulta.web.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotResult;
import org.consulta.forum.Tally;
import org.consulta.web.frame.I18nView;

import java.util.List;

/**
 * A ballot's results as a Chart.js bar chart for {@code p:chart}: one bar per option in the order of the
 * standing, its measure (points, approvals, Copeland wins) as the bar. The table and sentence beside it stay
 * the text alternative and what a reader without JavaScript sees.
 */
@Named
@RequestScoped
public class BallotChart {

    /** One provider for the request: looking one up scans the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    private I18nView i18n;

    /** The chart's configuration: a horizontal bar chart in the frame's accent colour, without animation. */
    public String of(BallotResult result) {
        Ballot ballot = result.ballot();
        Tally all = result.overall();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (List<Integer> group : all.standing().groups()) {
            for (int option : group) {
                labels.add(i18n.show(ballot.getOptions().get(option).getLabel()).text());
                values.add(all.measure(option));
            }
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder()
                                .add("label", i18n.text("forum_ballot.measure." + ballot.getMethod().name()))
                                .add("data", values).add("backgroundColor", "#0b5394"))))
                .add("options", JSON.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add("x", JSON.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
