package org.consulta.web.frame;

/**
 * Query parameters read leniently: a value that does not parse is treated as absent, so a mangled
 * link shows the default page instead of an error. (OmniFaces' {@code @Param} would add a conversion
 * message to the page instead.)
 */
public final class Params {

    private Params() {
    }

    public static String get(String name) {
        return org.omnifaces.util.Faces.getRequestParameter(name);
    }

    public static Integer integer(String name) {
        String value = get(name);
        return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
    }

    public static Long id(String name) {
        String value = get(name);
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String name) {
        String value = get(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
