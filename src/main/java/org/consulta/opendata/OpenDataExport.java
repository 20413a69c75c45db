package org.consulta.opendata;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import org.consulta.repository.Repository;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a dataset as CSV (UTF-8 byte-order mark, RFC 4180 quoting, formulas neutralised) or JSON (an
 * object with the licence and the rows) while reading it: contributions come a keyset page at a time,
 * each page in a transaction of its own, so memory holds one page whatever the export's size.
 */
@Stateless
public class OpenDataExport {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Inject
    private OpenDataService data;
    @Inject
    private OpenDataSettingsPart settings;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(Repository repository, Dataset dataset, boolean csv, Writer target) {
        PrintWriter out = target instanceof PrintWriter p ? p : new PrintWriter(target);
        if (csv) {
            writeCsv(out, dataset.header(repository.getLanguages()), sink -> each(repository, dataset, sink));
        } else {
            writeJson(out, repository, settings.licence(repository.tenant()), dataset, sink -> each(repository, dataset, sink));
        }
        out.flush();
    }

    private void each(Repository repository, Dataset dataset, Consumer<Row> sink) {
        List<String> languages = repository.getLanguages();
        if (dataset != Dataset.CONTRIBUTIONS) {
            data.rows(repository.tenant(), dataset, languages).forEach(sink);
            return;
        }
        long after = 0;
        List<Row> page;
        do {
            page = data.contributions(repository.tenant(), after, OpenDataService.PAGE, languages);
            page.forEach(sink);
            after = page.isEmpty() ? after : (Long) page.get(page.size() - 1).get("id");
        } while (page.size() == OpenDataService.PAGE);
    }

    /** The header comes first, rows or not; a row of another shape is a programming error, never a shifted file. */
    private static void writeCsv(PrintWriter out, List<String> header, Consumer<Consumer<Row>> rows) {
        out.print('\uFEFF');
        out.print(String.join(",", header) + "\r\n");
        boolean[] checked = {false};
        rows.accept(row -> {
            if (!checked[0] && !List.copyOf(row.keySet()).equals(header)) {
                throw new IllegalStateException("row columns " + row.keySet() + " differ from the header " + header);
            }
            checked[0] = true;
            StringBuilder line = new StringBuilder();
            for (Object value : row.values()) {
                line.append(line.length() == 0 ? "" : ",").append(quote(value));
            }
            out.print(line.append("\r\n"));
        });
    }

    private static void writeJson(PrintWriter out, Repository repo, DataLicence licence, Dataset dataset, Consumer<Consumer<Row>> rows) {
        JsonGenerator json = JSON.createGenerator(out);
        json.writeStartObject().write("repository", repo.getSlug()).write("dataset", dataset.fileName())
                .write("generated_at", Instant.now().toString())
                .writeStartObject("licence").write("id", licence.spdx()).write("url", licence.url()).writeEnd()
                .writeStartArray("rows");
        rows.accept(row -> {
            json.writeStartObject();
            for (Map.Entry<String, Object> cell : row.entrySet()) {
                Object v = cell.getValue();
                if (v == null) {
                    json.writeNull(cell.getKey());
                } else if (v instanceof Number n) {
                    json.write(cell.getKey(), n.longValue());
                } else {
                    json.write(cell.getKey(), v.toString());
                }
            }
            json.writeEnd();
        });
        json.writeEnd().writeEnd();
        json.flush();
    }

    /** RFC 4180 quoting; a leading = + - @ would run as a spreadsheet formula, so it is neutralised. */
    public static String quote(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
