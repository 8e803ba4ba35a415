using System.CommandLine;
using Graph.Cli.Infrastructure;
using Graph.Extraction.Model;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;
using Graph.Sparql.Evaluation;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>kg query DATA... (-q QUERY | -f FILE.rq) [--results table|json|xml|csv|tsv] [--timeout S] [--base IRI]
/// [--graph NAME=FILE] [--format F] [-o FILE] [--published DATE] [--base-iri IRI]</c>: loads the data (RDF
/// files, or news articles whose knowledge graph is extracted first) into an in-memory dataset and runs one
/// SPARQL query over it.
/// </summary>
public static class QueryCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="createExtractor">
    /// Makes the extractor (text to article graph) when the first article is loaded, so that queries over
    /// RDF alone never build it.
    /// </param>
    public static Command Create(Func<Func<Article, ArticleGraph>> createExtractor)
    {
        ArgumentNullException.ThrowIfNull(createExtractor);
        var data = new Argument<string[]>("DATA")
        {
            Description = "RDF files to query (any syntax kg reads; - for standard input), or news articles (.txt, folders of them, .jsonl corpora) whose knowledge graph is extracted first; all loaded into the default graph",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var query = new Option<string?>("--query", "-q") { HelpName = "SPARQL", Description = "The SPARQL query text" };
        var file = new Option<string?>("--file", "-f") { HelpName = "FILE.rq", Description = "A file holding the SPARQL query" };
        var results = new Option<string>("--results", "-r") { HelpName = "table|json|xml|csv|tsv", Description = "SELECT/ASK result format: table, json, xml, csv or tsv", DefaultValueFactory = _ => "table" };
        var timeout = new Option<double?>("--timeout") { HelpName = "SECONDS", Description = "Stop the query after this many seconds (exit code 1)" };
        var baseIri = new Option<string?>("--base") { HelpName = "IRI", Description = "The base IRI of the query and the data" };
        var graphs = new Option<string[]>("--graph") { HelpName = "NAME=FILE", Description = "Load FILE into the named graph NAME (an IRI, or a name made into a file IRI); repeatable", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var format = new Option<string?>("--format") { HelpName = "SYNTAX", Description = "The RDF syntax of the data files (default: from the extension); for CONSTRUCT/DESCRIBE, the output syntax (default: turtle)" };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Write the result to this file instead of standard output" };
        var stats = new Option<bool>("--stats") { Description = "Report load and query times and the number of quads on standard error" };
        var articleInputs = new ArticleInputs();
        var command = new Command("query", "Run a SPARQL 1.1 query over RDF files or over the knowledge graph of news articles.")
        {
            data, query, file, results, timeout, baseIri, graphs, format, output, stats,
        };
        articleInputs.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new Request(
                parseResult.GetValue(data) ?? [],
                parseResult.GetValue(query),
                parseResult.GetValue(file),
                parseResult.GetValue(results) ?? "table",
                parseResult.GetValue(timeout),
                parseResult.GetValue(baseIri),
                parseResult.GetValue(graphs) ?? [],
                parseResult.GetValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(stats))
            {
                Loaders = [new ArticleLoader(createExtractor, parseResult.GetValue(articleInputs.Published), parseResult.GetRequiredValue(articleInputs.BaseIri)), new RdfFileLoader()],
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    /// <summary>What the user asked for.</summary>
    internal sealed record Request(
        IReadOnlyList<string> Data, string? Query, string? QueryFile, string Results, double? TimeoutSeconds,
        string? BaseIri, IReadOnlyList<string> Graphs, string? Format, string? Output, bool Stats = false)
    {
        /// <summary>The loaders asked, in order, to read each input; the first that can load it does.</summary>
        public IReadOnlyList<IDataLoader> Loaders { get; init; } = [new RdfFileLoader()];
    }

    internal static Task<int> RunAsync(Request request, TextWriter standardOutput, TextWriter standardError, CancellationToken cancellationToken)
    {
        var text = QueryText(request);
        Iri? baseIri = null;
        if (request.BaseIri is not null && !Iri.TryParse(request.BaseIri, out baseIri, out var error))
        {
            throw new CliException($"--base '{request.BaseIri}' is not an absolute IRI: {error}", ExitCodes.Usage);
        }

        SparqlQuery query;
        try
        {
            query = SparqlQuery.Parse(text, baseIri);
        }
        catch (SparqlSyntaxException e)
        {
            var source = request.QueryFile ?? "query";
            throw new CliException($"{source}:{e.Line}:{e.Column}: SPARQL syntax error: {e.Reason}", ExitCodes.DataError, e);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var dataset = LoadDataset(request, baseIri);
        dataset.Optimize();
        var loadTime = clock.Elapsed;
        var options = new QueryOptions
        {
            Timeout = request.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            CancellationToken = cancellationToken,
            BaseIri = baseIri,
        };
        try
        {
            using var target = OutputTarget.Open(request.Output, standardOutput);
            var result = QueryEngine.Execute(query, dataset, options);
            clock.Restart();
            WriteResult(result, request, target.Writer);
            target.Commit();
            if (request.Stats)
            {
                standardError.WriteLine(FormattableString.Invariant(
                    $"kg query: loaded {dataset.Count} quads in {loadTime.TotalSeconds:0.000} s; query and output took {clock.Elapsed.TotalSeconds:0.000} s"));
            }
        }
        catch (QueryTimeoutException e)
        {
            throw new CliException($"query timed out: {e.Message}", ExitCodes.Failure, e);
        }
        catch (QueryEvaluationException e)
        {
            throw new CliException("query failed: " + e.Message, ExitCodes.Failure, e);
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private static string QueryText(Request request)
    {
        if ((request.Query is null) == (request.QueryFile is null))
        {
            throw new CliException("give the query with exactly one of -q QUERY or -f FILE.rq", ExitCodes.Usage);
        }

        if (request.Query is not null)
        {
            return request.Query;
        }

        try
        {
            return File.ReadAllText(request.QueryFile!);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read the query file '{request.QueryFile}': {e.Message}", ExitCodes.Failure, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"cannot read the query file '{request.QueryFile}': {e.Message}", ExitCodes.Failure, e);
        }
    }

    private static Dataset LoadDataset(Request request, Iri? baseIri)
    {
        var dataset = new Dataset();
        foreach (var path in request.Data)
        {
            Load(request.Loaders, path, request.Format, dataset, baseIri);
        }

        foreach (var spec in request.Graphs)
        {
            var separator = spec.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0 || separator == spec.Length - 1)
            {
                throw new CliException($"--graph '{spec}' must be NAME=FILE", ExitCodes.Usage);
            }

            var name = spec[..separator];
            var path = spec[(separator + 1)..];
            if (!Iri.TryParse(name, out var graphName, out _))
            {
                graphName = Iri.Parse(new Uri(Path.GetFullPath(name)).AbsoluteUri);
            }

            Load(request.Loaders, path, request.Format, new GraphRenamingSink(dataset, graphName), baseIri);
        }

        return dataset;
    }

    private static void Load(IReadOnlyList<IDataLoader> loaders, string path, string? format, IRdfSink sink, Iri? baseIri)
    {
        if (path != RdfFile.StandardInputPath && !File.Exists(path) && !Directory.Exists(path))
        {
            throw new CliException($"cannot read '{path}': no such file", ExitCodes.Failure);
        }

        var loader = loaders.FirstOrDefault(l => l.CanLoad(path, format))
            ?? throw new CliException($"cannot tell the syntax of '{path}'; give it with --format", ExitCodes.Usage);
        CommandInputs.Reading(path, () => loader.Load(path, format, sink, baseIri));
    }

    private static void WriteResult(QueryResult result, Request request, TextWriter output)
    {
        switch (result.Form)
        {
            case QueryForm.Select:
                ResultsWriter(request.Results).WriteResultSet(result.ResultSet, output);
                break;
            case QueryForm.Ask:
                ResultsWriter(request.Results).WriteBoolean(result.Boolean, output);
                break;
            default:
                var syntax = RdfFormat.Turtle;
                if (request.Format is not null && !RdfFormats.TryParse(request.Format, out syntax))
                {
                    throw new CliException($"unknown RDF syntax '{request.Format}'", ExitCodes.Usage);
                }

                IRdfWriter writer;
                try
                {
                    writer = RdfFormats.CreateWriter(syntax, output);
                }
                catch (NotSupportedException) when (request.Format is null)
                {
                    // N-Triples is Turtle too: the fallback when this build has no Turtle writer.
                    writer = RdfFormats.CreateWriter(RdfFormat.NTriples, output);
                }
                catch (NotSupportedException e)
                {
                    throw new CliException(e.Message, ExitCodes.Failure, e);
                }

                writer.StartRdf();
                foreach (var triple in result.Triples)
                {
                    writer.HandleTriple(triple);
                }

                writer.EndRdf();
                break;
        }
    }

    private static ISparqlResultsWriter ResultsWriter(string name) =>
        SparqlResultsFormats.TryParse(name, out var format)
            ? SparqlResultsFormats.CreateWriter(format)
            : throw new CliException($"unknown result format '{name}': use table, json, xml, csv or tsv", ExitCodes.Usage);
}
