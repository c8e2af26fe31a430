package io.caretaker.graphql;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Types list arguments of global ids as {@code [ID!]!}. SmallRye 2.17 types {@code @Id List<String>}
 * arguments correctly in the schema but then fails to convert them at run time, so such arguments are
 * declared as plain {@code List<String>} and retyped here: by convention every argument named
 * {@code ids} or ending in {@code Ids} whose type is a list of strings. graphql-java hands ID values
 * to the resolver as strings, exactly what a {@code List<String>} parameter expects. Fields of input
 * objects follow the same convention (e.g. {@code linkedBugIds}), since {@code @Id} cannot mark the
 * elements of a list.
 *
 * <p>Loaded by {@link java.util.ServiceLoader} (META-INF/services); always on.
 */
public class IdListArguments implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema retyped = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument argument,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLFieldDefinition && isIdListName(argument.getName())
                        && isStringList(argument.getType())) {
                    return changeNode(context, argument.transform(b -> b.type(idListLike(argument.getType()))));
                }
                return TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField field,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (isIdListName(field.getName()) && isStringList(field.getType())) {
                    return changeNode(context, field.transform(b -> b.type(idListLike(field.getType()))));
                }
                return TraversalControl.CONTINUE;
            }
        });
        return GraphQLSchema.newSchema(retyped);
    }

    private static boolean isIdListName(String name) {
        return name.equals("ids") || name.endsWith("Ids");
    }

    private static boolean isStringList(GraphQLType type) {
        GraphQLType list = GraphQLTypeUtil.unwrapNonNull(type);
        return list instanceof GraphQLList l && GraphQLTypeUtil.unwrapNonNull(l.getWrappedType()) == Scalars.GraphQLString;
    }

    /** The same nullability, with ID elements. */
    private static graphql.schema.GraphQLInputType idListLike(GraphQLType type) {
        GraphQLList list = (GraphQLList) GraphQLTypeUtil.unwrapNonNull(type);
        GraphQLType element = GraphQLTypeUtil.isNonNull(list.getWrappedType())
                ? GraphQLNonNull.nonNull(Scalars.GraphQLID) : Scalars.GraphQLID;
        GraphQLList idList = GraphQLList.list(element);
        return GraphQLTypeUtil.isNonNull(type) ? GraphQLNonNull.nonNull(idList) : idList;
    }
}
