package org.pharmapipeline.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts {@link ContractValidation} among REST Assured's global filters before every test: as a
 * Quarkus callback for {@code @QuarkusTest} classes, which run in the application's class loader,
 * and as an automatically registered JUnit extension for every other test, such as those against
 * the packaged application. Both are registered as services under META-INF/services.
 */
public class ContractValidationInstaller
        implements QuarkusTestBeforeEachCallback, BeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidation.install();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ContractValidation.install();
    }
}
