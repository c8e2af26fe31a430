package io.caretaker.bugs;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a bug was resolved.")
public enum Resolution {
    @Description("A change fixed it.")
    FIXED,
    @Description("Another bug reports the same problem.")
    DUPLICATE,
    @Description("It will not be fixed.")
    WONT_FIX,
    @Description("Nobody could make it happen.")
    CANNOT_REPRODUCE,
    @Description("It works as intended.")
    BY_DESIGN
}
