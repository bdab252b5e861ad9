package org.pharmapipeline.company;

import jakarta.enterprise.context.ApplicationScoped;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.query.Sorting;

/** Companies: owners, partners and sponsors. */
@ApplicationScoped
public class CompanyService extends CrudService<Company, CompanyRequest, CompanyResponse> {

    /** The sort fields of the list, also listed in the contract. */
    public static final Sorting SORTING =
            Sorting.of("name", "name", "e.name", "country", "e.country").withOptional("country");

    public CompanyService() {
        super(Company.class, "company", Company::new, CompanyResponse::of, SORTING);
    }

    @Override
    protected void apply(CompanyRequest r, Company c) {
        c.name = r.name().strip();
        replace(
                c.aliases,
                r.aliases() == null ? null : r.aliases().stream().map(String::strip).toList());
        c.country = r.country();
        c.headquarters = r.headquarters();
        c.description = r.description();
        replace(
                c.listings,
                r.listings() == null
                        ? null
                        : r.listings().stream().map(ListingDto::toEntity).toList());
    }
}
