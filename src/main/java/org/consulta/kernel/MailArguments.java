package org.consulta.kernel;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;

/**
 * A queued message's arguments: kept as a JSON array (numbers stay numbers, for plural rules), and read
 * back with the {@code @prefix:reference} ones resolved by their {@link MailArgument} in the reader's
 * language. The mail queue and the in-app notifications read them alike.
 */
@Dependent
public class MailArguments {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Inject
    private Instance<MailArgument> late;

    public static String json(Object... args) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object arg : args) {
            if (arg instanceof Number number) {
                array.add(number.longValue());
            } else {
                array.add(String.valueOf(arg));
            }
        }
        return array.build().toString();
    }

    public static Object[] parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(v -> v instanceof jakarta.json.JsonNumber n ? (Object) n.longValue()
                    : ((JsonString) v).getString()).toArray();
        }
    }

    /** The arguments of {@code json}, those written {@code @prefix:reference} as their {@link MailArgument} gives them now. */
    public Object[] resolved(String json, String language) {
        Object[] args = parse(json);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("@")) {
                for (MailArgument argument : late) {
                    if (s.startsWith("@" + argument.prefix() + ":")) {
                        args[i] = argument.resolve(s.substring(argument.prefix().length() + 2), language);
                    }
                }
            }
        }
        return args;
    }
}
