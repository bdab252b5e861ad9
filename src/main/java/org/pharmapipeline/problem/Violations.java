package org.pharmapipeline.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a request's independent checks and collects what each one rejects, so a client learns every
 * problem with a body in one answer instead of one per attempt.
 */
public final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

    /** Runs a check; a 400 it raises is recorded rather than thrown. */
    public void check(Runnable check) {
        get(
                () -> {
                    check.run();
                    return null;
                });
    }

    /** Computes a value (a referenced record, say); null, with the violation recorded, on a 400. */
    public <T> T get(Supplier<T> value) {
        try {
            return value.get();
        } catch (ProblemException e) {
            if (e.status() != 400 || e.violations() == null || e.violations().isEmpty()) {
                throw e;
            }
            found.addAll(e.violations());
            return null;
        }
    }

    /** Records a rejected field. */
    public void reject(String field, String message) {
        found.add(new Problem.Violation(field, message));
    }

    /** Throws one 400 listing everything recorded, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(found));
        }
    }
}
