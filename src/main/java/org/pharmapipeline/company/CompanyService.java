package org.pharmapipeline.company;

import jakarta.enterprise.context.ApplicationScoped;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.query.Sorting;

/** Companies: owners, partners and sponsors. */
@ApplicationScoped
public class CompanyService extends CrudService<Company, CompanyRequest, CompanyResponse> {

    public CompanyService() {
        super(
                Companies.COLLECTION,
                Company::new,
                CompanyResponse::of,
                Sorting.by("name")
                        .field("name", "e.name", String.class)
                        .optionalField("country", "e.country", String.class));
    }

    @Override
    protected void apply(CompanyRequest r, Company c) {
        c.name = r.name().strip();
        replace(
                c.aliases,
                r.aliases() == null ? null : r.aliases().stream().map(String::strip).toList());
        c.country = r.country();
        c.headquarters = r.headquarters();
        c.address = r.address() == null || r.address().isBlank() ? null : r.address().strip();
        c.description = r.description();
        replace(
                c.listings,
                r.listings() == null
                        ? null
                        : r.listings().stream().map(ListingDto::toEntity).toList());
    }
}
