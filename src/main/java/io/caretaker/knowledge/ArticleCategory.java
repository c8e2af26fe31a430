package io.caretaker.knowledge;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of knowledge an article holds.")
public enum ArticleCategory {
    @Description("How to diagnose and fix a problem.")
    TROUBLESHOOTING,
    @Description("Answers to frequently asked questions.")
    FAQ,
    @Description("A known problem, its symptoms and its workaround.")
    KNOWN_ISSUE,
    @Description("A recommended way of doing things.")
    BEST_PRACTICE,
    @Description("How the system is built and why.")
    ARCHITECTURE,
    @Description("Step-by-step instructions for a task.")
    HOW_TO
}
