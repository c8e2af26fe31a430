package io.caretaker.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("The direction of an ordering.")
public enum SortDirection {
    @Description("Smallest, earliest or alphabetically first first.")
    ASC,
    @Description("Largest, latest or alphabetically last first.")
    DESC;

    public SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }
}
