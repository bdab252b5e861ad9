package org.pharmapipeline.security;

import java.util.List;

/**
 * The roles a token grants in its {@code groups} claim. Each role includes the rights of those
 * before it: an admin may edit, an editor may read.
 */
public final class Roles {

    /** Reads, when reads require a role (pipeline.security.read-requires-role). */
    public static final String READER = "reader";

    /** Creates, replaces and patches records. */
    public static final String EDITOR = "editor";

    /** Deletes records. */
    public static final String ADMIN = "admin";

    /** The roles that may read when reads require a role. */
    public static final List<String> READERS = List.of(READER, EDITOR, ADMIN);

    private Roles() {}
}
