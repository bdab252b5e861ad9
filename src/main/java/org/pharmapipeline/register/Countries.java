package org.pharmapipeline.register;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Countries as registers name them, to their ISO 3166-1 alpha-2 codes. */
public final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(Names.key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
            CODES.put(Names.key(code), code);
        }
        // Names registers use that differ from the JDK's English ones.
        Map.ofEntries(
                        Map.entry("USA", "US"),
                        Map.entry("U.S.A.", "US"),
                        Map.entry("United States of America", "US"),
                        Map.entry("UK", "GB"),
                        Map.entry("Great Britain", "GB"),
                        Map.entry("England", "GB"),
                        Map.entry("Scotland", "GB"),
                        Map.entry("Korea, Republic of", "KR"),
                        Map.entry("Republic of Korea", "KR"),
                        Map.entry("Korea", "KR"),
                        Map.entry("Czech Republic", "CZ"),
                        Map.entry("Hong Kong", "HK"),
                        Map.entry("Taiwan, Province of China", "TW"),
                        Map.entry("Russian Federation", "RU"),
                        Map.entry("Holland", "NL"),
                        Map.entry("The Netherlands", "NL"),
                        Map.entry("United States Minor Outlying Islands", "UM"))
                .forEach((name, code) -> CODES.put(Names.key(name), code));
    }

    private Countries() {}

    /** The code of a country name (or code), or null when it is not one. */
    public static String code(String name) {
        String key = Names.key(name);
        return key == null ? null : CODES.get(key);
    }
}
