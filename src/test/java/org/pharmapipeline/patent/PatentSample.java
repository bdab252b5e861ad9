package org.pharmapipeline.patent;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import org.pharmapipeline.TestIds;
import org.pharmapipeline.collection.ContractSample;

/** The patents' sample for the tests every collection shares. */
final class PatentSample {

    @Produces
    @IfBuildProperty(name = PatentsRegistered.PROPERTY, stringValue = PatentsRegistered.VALUE)
    static final ContractSample PATENTS =
            new ContractSample(
                    "patents",
                    PatentSeed.SEEDED,
                    Map.of(
                            "productId",
                            TestIds.CEPLENE,
                            "patentNumber",
                            "US7000001",
                            "office",
                            "USPTO",
                            "citations",
                            ContractSample.CITED),
                    "title",
                    "Maintenance of remission, revised",
                    "office");

    PatentSample() {}
}
