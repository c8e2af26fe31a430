/**
 * What every feature's GraphQL API shares: opaque global ids ({@link io.caretaker.graphql.GlobalId},
 * {@link io.caretaker.graphql.Node}), keyset-paginated connections ({@link io.caretaker.graphql.KeysetPager},
 * {@link io.caretaker.graphql.NestedPager}, {@link io.caretaker.graphql.Connection}), the error model
 * ({@link io.caretaker.graphql.ApiError} for top-level errors with a code, {@link io.caretaker.graphql.UserErrors}
 * for what a user can fix) and the HTTP front door ({@link io.caretaker.graphql.GraphQLHttpGate}).
 *
 * <h2>Conventions of input types</h2>
 * <p><b>Optional lists</b> are declared {@code @io.smallrye.graphql.api.Nullable List<@NonNull X>}.
 * SmallRye GraphQL 2.17 reads input records through their canonical constructor and merges the
 * {@code @NonNull} of the element type into the list itself (smallrye-graphql issue 753), so without
 * {@code @Nullable} an optional {@code [X!]} would become a required {@code [X!]!}.
 * <p><b>Lists of global ids</b> as arguments are plain {@code List<String>}, retyped to {@code [ID!]!}
 * by {@link io.caretaker.graphql.IdListArguments}: SmallRye cannot convert {@code @Id List<String>}
 * arguments at run time.
 * <p><b>Partial updates</b> leave omitted fields unchanged; optional fields are emptied through a
 * {@code clear} list, which wins over a value given for the same field.
 */
package io.caretaker.graphql;
