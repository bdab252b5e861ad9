package org.pharmapipeline.gadget;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A feature's entity. */
@Entity
public class Gadget {
    @Id public UUID id;
    public String name;
}
