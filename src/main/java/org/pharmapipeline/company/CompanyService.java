package org.pharmapipeline.company;

import jakarta.enterprise.context.ApplicationScoped;
import org.pharmapipeline.common.CrudService;
import org.pharmapipeline.common.PageParams;
import org.pharmapipeline.common.PageResponse;
import org.pharmapipeline.common.Sorting;

/** Companies: owners, partners and sponsors. */
@ApplicationScoped
public class CompanyService extends CrudService<Company, CompanyRequest, CompanyResponse> {

    static final Sorting SORTING = Sorting.of("name", "name", "e.name", "country", "e.country");

    public CompanyService() {
        super(Company.class, "company");
    }

    public PageResponse<CompanyResponse> list(CompanyFilter filter, PageParams page) {
        return list(filter.where(), page);
    }

    @Override
    protected Company newEntity() {
        return new Company();
    }

    @Override
    protected void apply(CompanyRequest r, Company c) {
        c.name = r.name().strip();
        replace(c.aliases, r.aliases() == null ? null : r.aliases().stream().map(String::strip).toList());
        c.country = r.country();
        c.headquarters = r.headquarters();
        c.description = r.description();
        replace(c.listings, r.listings() == null ? null : r.listings().stream().map(ListingDto::toEntity).toList());
    }

    @Override
    protected CompanyResponse toResponse(Company c) {
        return CompanyResponse.of(c);
    }

    @Override
    protected Sorting sorting() {
        return SORTING;
    }
}
