package org.pharmapipeline;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured's {@code given()} with an admin token, for tests about data rather than access: the
 * admin may create, change and delete. Who may do what is tested in SecurityContractTest.
 */
public final class AsAdmin {

    private AsAdmin() {}

    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(Tokens.admin());
    }
}
