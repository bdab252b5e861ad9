package org.pharmapipeline.orphandesignation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.indication.IndicationService;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.Violations;
import org.pharmapipeline.query.Sorting;

/** Orphan designations and the rules of their numbers. */
@ApplicationScoped
public class OrphanDesignationService
        extends CrudService<
                OrphanDesignation, OrphanDesignationRequest, OrphanDesignationResponse> {

    @Inject IndicationService indications;

    public OrphanDesignationService() {
        super(
                OrphanDesignations.COLLECTION,
                OrphanDesignation::new,
                OrphanDesignationResponse::of,
                Sorting.by("-designationDate")
                        .optionalField("designationDate", "e.designationDate", LocalDate.class)
                        .optionalField("designationNumber", "e.designationNumber", String.class)
                        .field("agency", "e.agency", OrphanAgency.class)
                        .field("status", "e.status", OrphanStatus.class));
    }

    @Override
    protected void apply(OrphanDesignationRequest r, OrphanDesignation o) {
        String number =
                r.designationNumber() == null || r.designationNumber().isBlank()
                        ? null
                        : r.designationNumber().strip();
        Violations violations = new Violations();
        violations.check(() -> checkNumber(r, number));
        IndicationService.ProductAndIndication named =
                indications.resolve(r.productId(), r.indicationId(), violations);
        o.product = named.product();
        o.indication = named.indication();
        o.sponsor = violations.get(() -> reference(Company.class, r.sponsorId(), "sponsorId"));
        violations.throwIfAny();
        o.agency = r.agency();
        o.region = r.agency().region;
        o.designationNumber = number;
        o.designatedCondition = r.designatedCondition().strip();
        o.designationDate = r.designationDate();
        o.status = r.status();
        o.notes = r.notes();
    }

    /** A number must follow its agency's format; an EMA number carries the designation year. */
    static void checkNumber(OrphanDesignationRequest r, String number) {
        if (number == null) {
            return;
        }
        if (!r.agency().acceptsNumber(number)) {
            throw ProblemException.invalid(
                    "designationNumber",
                    "must look like " + r.agency().numberHint + " for agency " + r.agency());
        }
        if (r.agency() == OrphanAgency.EMA && r.designationDate() != null) {
            String year = number.substring(5, 7);
            String expected =
                    String.format(Locale.ROOT, "%02d", r.designationDate().getYear() % 100);
            if (!year.equals(expected)) {
                throw ProblemException.invalid(
                        "designationNumber",
                        "year "
                                + year
                                + " does not match the designation date "
                                + r.designationDate()
                                + " (expected EU/3/"
                                + expected
                                + "/...)");
            }
        }
    }
}
