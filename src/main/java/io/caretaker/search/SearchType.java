package io.caretaker.search;

import org.eclipse.microprofile.graphql.Description;

@Description("What a search hit is.")
public enum SearchType {
    @Description("A knowledge base article.")
    ARTICLE,
    @Description("A runbook (its purpose and the steps of its current revision).")
    RUNBOOK,
    @Description("A bug (title, description and steps to reproduce).")
    BUG
}
