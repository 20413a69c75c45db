package org.consulta.testing;

import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.util.NameValuePair;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * A discussion used over plain HTTP as people use it, without script: HtmlUnit sessions that sign in,
 * read a commitment's page, and send the forms of its rows; copies of one submission sent in parallel;
 * and what the database then holds, read over JDBC.
 */
public final class Discussion {

    public static final String PASSWORD = "violet kettles hum at dawn";

    private Discussion() {
    }

    /** A visitor without JavaScript (every form must work as plain HTML), who reads error pages too. */
    public static WebClient anonymous() {
        WebClient client = new WebClient();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return client;
    }

    /** A confirmed account named {@code name}, French-speaking, with {@link #PASSWORD}; returns its address. */
    public static String person(String name) throws Exception {
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, name, PASSWORD, false, "fr");
        return email;
    }

    /** A signed-in session, without JavaScript: every form must work as plain HTML. */
    public static WebClient signedIn(String base, String email) throws Exception {
        WebClient client = anonymous();
        HtmlPage login = client.getPage(base + "fr/account/login");
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("login:email").setValue(email);
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("login:password").setValue(PASSWORD);
        login.<HtmlSubmitInput>getHtmlElementById("login:submit").click();
        return client;
    }

    /** Comments on the whole commitment through the page's form; returns the page it ends on. */
    public static HtmlPage comment(WebClient person, String url, String text) throws Exception {
        HtmlPage page = person.getPage(url);
        page.<org.htmlunit.html.HtmlTextArea>getHtmlElementById("comment:body").setText(text);
        return page.<HtmlSubmitInput>getHtmlElementById("comment:send").click();
    }

    /** The form of comment {@code id}'s row that has the button {@code act}. */
    public static HtmlForm rowForm(HtmlPage page, long id, String act) {
        List<HtmlForm> forms = page.getByXPath("//form[input[@name='row.item' and @value='" + id + "']][.//button[@value='" + act + "']]");
        if (forms.isEmpty()) {
            throw new AssertionError("no '" + act + "' form for comment " + id + " on " + page.getUrl() + ":\n" + page.asNormalizedText());
        }
        return forms.get(0);
    }

    /** Fills the fields (textarea, select, input by name) of a row's form and presses its {@code act} button. */
    public static HtmlPage send(HtmlPage page, long id, String act, Map<String, String> fields) throws Exception {
        HtmlForm form = rowForm(page, id, act);
        fill(form, fields);
        return button(form, act).click();
    }

    public static void fill(HtmlForm form, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            HtmlElement field = (HtmlElement) form.getFirstByXPath(".//*[@name='" + name + "']");
            if (field instanceof HtmlSelect select) {
                select.setSelectedAttribute(value, true);
            } else if (field instanceof org.htmlunit.html.HtmlTextArea area) {
                area.setText(value);
            } else {
                ((org.htmlunit.html.HtmlInput) field).setValue(value);
            }
        });
    }

    public static HtmlButton button(HtmlForm form, String act) {
        return form.getFirstByXPath(".//button[@value='" + act + "']");
    }

    /**
     * Sends {@code copies} copies of one submission at once, as a double click or a retrying client would:
     * the request the browser would send, with the session's cookie. Returns their status codes.
     */
    public static List<Integer> inParallel(WebClient person, WebRequest request, int copies) throws Exception {
        String cookies = cookies(person);
        String body = request.getRequestParameters().stream()
                .map(p -> enc(p.getName()) + "=" + enc(p.getValue())).collect(Collectors.joining("&"));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest post = HttpRequest.newBuilder(request.getUrl().toURI()).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                sends.add(() -> http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> sent : pool.invokeAll(sends)) {
                statuses.add(sent.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    /** The request the browser would send for this form's {@code act} button (the row forms' buttons, JSF's by id). */
    public static WebRequest requestOf(HtmlForm form, org.htmlunit.html.SubmittableElement button) {
        WebRequest request = form.getWebRequest(button);
        request.setHttpMethod(HttpMethod.POST);
        return request;
    }

    /** A POST of these fields to {@code url} with the session's cookies, outside any page: a forged or replayed form. */
    public static HttpResponse<String> postRaw(WebClient person, String url, Map<String, String> fields) throws Exception {
        String cookies = cookies(person);
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static Map<String, String> fieldsOf(HtmlForm form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (NameValuePair pair : form.getWebRequest(null).getRequestParameters()) {
            fields.put(pair.getName(), pair.getValue());
        }
        return fields;
    }

    private static String cookies(WebClient person) {
        return person.getCookieManager().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The single long of a query with string parameters. */
    public static long number(String sql, Object... args) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    /** The first column of every row, as longs. */
    public static List<Long> numbers(String sql, Object... args) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
            return values;
        }
    }

    public static long idOf(String body) throws Exception {
        return number("SELECT id FROM comment WHERE body = ?", body);
    }

    public static long accountId(String email) throws Exception {
        return number("SELECT id FROM account WHERE email = ?", email);
    }
}
