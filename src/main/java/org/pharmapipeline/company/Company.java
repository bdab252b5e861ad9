package org.pharmapipeline.company;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.Ref;

/** A company that owns, partners on or sponsors product candidates. */
@Entity
@Table(name = "company")
public class Company extends BaseEntity implements Ref.Named, Cited {

    @Column(nullable = false, length = 200)
    public String name;

    @ElementCollection
    @CollectionTable(name = "company_alias", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "alias", nullable = false, length = 200)
    public List<String> aliases = new ArrayList<>();

    @Column(length = 2)
    public String country;

    @Column(length = 200)
    public String headquarters;

    @Column(length = 2000)
    public String description;

    @ElementCollection
    @CollectionTable(name = "company_listing", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "list_index")
    public List<Listing> listings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "company_citation", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public Ref ref() {
        return new Ref(id, name);
    }
}
