package org.pharmapipeline.web;

import java.util.regex.Pattern;
import org.pharmapipeline.problem.ProblemException;

/**
 * Entity tags are the record's version in quotes. If-Match uses strong comparison (RFC 9110
 * 13.1.1), If-None-Match weak comparison (13.1.2).
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * "*", or a comma-separated list of quoted entity tags, each possibly weak (RFC 9110 8.8.3).
     */
    private static final Pattern SYNTAX =
            Pattern.compile("\\s*(\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*)\\s*");

    /**
     * Rejects a write whose If-Match is missing (428), is not an entity tag (400) or names another
     * version (412).
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        if (!SYNTAX.matcher(ifMatch).matches()) {
            throw ProblemException.invalid(
                    "If-Match",
                    "must be an entity tag in quotes as the ETag header gives it, such as \"3\"");
        }
        if (!matches(ifMatch, currentVersion, false)) {
            throw ProblemException.staleVersion(ifMatch, of(currentVersion));
        }
    }

    public static boolean noneMatch(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch == null || !matches(ifNoneMatch, currentVersion, true);
    }

    private static boolean matches(String header, long version, boolean weak) {
        String current = of(version);
        for (String raw : header.split(",")) {
            String tag = raw.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
