package org.pharmapipeline.clinicaltrial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.indication.IndicationService;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.Violations;
import org.pharmapipeline.query.Sorting;

/** Clinical trials and their results. */
@ApplicationScoped
public class ClinicalTrialService
        extends CrudService<ClinicalTrial, ClinicalTrialRequest, ClinicalTrialResponse> {

    @Inject IndicationService indications;

    public ClinicalTrialService() {
        super(
                ClinicalTrials.COLLECTION,
                ClinicalTrial::new,
                ClinicalTrialResponse::of,
                Sorting.by("-readoutDate")
                        .optionalField("readoutDate", "e.readoutDate", LocalDate.class)
                        .field("title", "e.title", String.class)
                        .field("phase", "e.phaseRank", Integer.class)
                        .optionalField("enrollment", "e.enrollment", Integer.class));
    }

    @Override
    protected void apply(ClinicalTrialRequest r, ClinicalTrial t) {
        Violations violations = new Violations();
        violations.check(() -> checkReadout(r));
        IndicationService.ProductAndIndication named =
                indications.resolve(r.productId(), r.indicationId(), violations);
        t.product = named.product();
        t.indication = named.indication();
        violations.throwIfAny();
        t.title = r.title().strip();
        t.registryId = r.registryId();
        t.phase = r.phase();
        t.status = r.status();
        t.design = r.design();
        t.enrollment = r.enrollment();
        t.countryCount = r.countryCount();
        replace(
                t.countries,
                r.countries() == null ? null : r.countries().stream().distinct().toList());
        t.primaryEndpoint = r.primaryEndpoint();
        t.primaryEndpointMet = r.primaryEndpointMet();
        t.readoutDate = r.readoutDate();
        t.readoutPrecision = r.readoutPrecision();
        replace(
                t.results,
                r.results() == null
                        ? null
                        : r.results().stream().map(TrialResultDto::toEntity).toList());
        t.publication = r.publication();
        t.leadInvestigator = r.leadInvestigator();
    }

    private static void checkReadout(ClinicalTrialRequest r) {
        if ((r.readoutDate() == null) != (r.readoutPrecision() == null)) {
            throw ProblemException.invalid(
                    r.readoutDate() == null ? "readoutDate" : "readoutPrecision",
                    "readoutDate and readoutPrecision are given together or not at all");
        }
        if (r.readoutDate() != null && !r.readoutPrecision().isStartOfPeriod(r.readoutDate())) {
            throw ProblemException.invalid(
                    "readoutDate",
                    "must be the first day of its period for precision " + r.readoutPrecision());
        }
    }
}
