package io.caretaker.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Stable codes of user errors.")
public enum UserErrorCode {
    @Description("A required value is missing or blank.")
    REQUIRED,
    @Description("A value is longer than allowed.")
    TOO_LONG,
    @Description("A value has the wrong form or is out of range.")
    INVALID,
    @Description("A value must be unique and is already in use.")
    TAKEN,
    @Description("An id in the input does not name an object you can see.")
    NOT_FOUND,
    @Description("The object changed since you read it: the version you sent is stale. Read it again and retry.")
    CONFLICT,
    @Description("The workflow does not allow this move from the object's current state; the message names the moves it allows.")
    INVALID_TRANSITION
}
