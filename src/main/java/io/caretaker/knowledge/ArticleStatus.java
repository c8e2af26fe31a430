package io.caretaker.knowledge;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an article is in its life: DRAFT → PUBLISHED → ARCHIVED.")
public enum ArticleStatus {
    @Description("Being written: visible only to engineers and admins.")
    DRAFT,
    @Description("Published: visible to everyone signed in.")
    PUBLISHED,
    @Description("No longer current, kept for reference: visible to everyone signed in.")
    ARCHIVED
}
