package org.consulta.web.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotResult;
import org.consulta.forum.Tally;
import org.consulta.web.frame.BarChart;
import org.consulta.web.frame.I18nView;

import java.util.ArrayList;
import java.util.List;

/** A ballot's results for {@code p:chart}: one bar per option in the order of the standing, its measure as the bar. */
@Named
@RequestScoped
public class BallotChart {

    @Inject
    private I18nView i18n;

    public String of(BallotResult result) {
        Ballot ballot = result.ballot();
        Tally all = result.overall();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (List<Integer> group : all.standing().groups()) {
            for (int option : group) {
                labels.add(i18n.show(ballot.getOptions().get(option).getLabel()).text());
                values.add(all.measure(option));
            }
        }
        return BarChart.of(labels, values, i18n.text("forum_ballot.measure." + ballot.getMethod().name()), true);
    }
}
