using System.CommandLine;
using Graph.Neo4j;
using Serilog;

namespace Graph.Cli;

/// <summary>The <c>graph schema</c> command: creates the constraints and indexes in Neo4j and lists what exists.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates the command with its options and action.</summary>
    public static Command Create()
    {
        var print = new Option<bool>("--print")
        {
            Description = "Print the schema statements (the content of cypher/schema.cypher) instead of running them.",
        };
        var format = new Option<QueryOutputFormat>("--format")
        {
            Description = "How to print the constraints and indexes found: table, json or csv.",
            DefaultValueFactory = _ => QueryOutputFormat.Table,
        };
        var connection = new Neo4jConnectionOptions();
        var command = new Command(
            "schema",
            "Creates the graph's constraints (unique id per label) and indexes (Persian full-text index on names and aliases, " +
            "name and date indexes) in Neo4j, each in its own transaction, then lists the constraints and indexes of the " +
            "database. Safe to run again; `graph load` does the same first.\n" + Neo4jConnectionOptions.HelpText + "\n\n" +
            "Examples:\n" +
            "  graph schema --neo4j http://localhost:7474\n" +
            "  graph schema --print > schema.cypher")
        {
            print,
            format,
        };
        connection.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(print))
            {
                foreach (var statement in Neo4jSchema.Statements.Append(Neo4jSchema.AwaitIndexesStatement))
                {
                    await output.WriteLineAsync(statement + ";");
                }

                return ExitCodes.Success;
            }

            var settings = connection.Resolve(parseResult, null, null, out var error);
            if (settings is null)
            {
                Log.Error("{Error}", error);
                return ExitCodes.UsageError;
            }

            using var client = Neo4jConnectionOptions.CreateClient(settings);
            try
            {
                var stats = CypherStats.None;
                foreach (var statement in Neo4jSchema.Statements)
                {
                    Log.Debug("{Statement}", statement);
                    stats += (await client.RunAsync(new CypherStatement(statement), cancellationToken)).Stats;
                }

                await client.RunAsync(new CypherStatement(Neo4jSchema.AwaitIndexesStatement), cancellationToken);
                Log.Information(
                    "schema applied to {Target}: {Constraints} constraints and {Indexes} indexes added",
                    settings,
                    stats.ConstraintsAdded,
                    stats.IndexesAdded);
                var indexes = await client.RunAsync(
                    new CypherStatement("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name"),
                    cancellationToken);
                QueryCommand.Write(indexes, parseResult.GetValue(format), output);
            }
            catch (Neo4jException e)
            {
                Log.Error("{Error}", e.Message);
                return ExitCodes.InputFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
