using System.CommandLine;
using System.Globalization;
using Graph.Cli.Infrastructure;
using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Ingestion.Ontology;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Sources;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>kg extract ARTICLE...</c>: articles (plain text, folders of them, JSON Lines corpora) in, the
/// knowledge graph out, in the vocabulary of <c>ontology/newskg.ttl</c>.
/// </summary>
internal static class ExtractCommand
{
    private static readonly string[] FormatNames = ["turtle", "ntriples", "nquads", "trig", "jsonld"];

    /// <summary>Creates the command.</summary>
    /// <param name="createExtractor">
    /// Makes the extractor (text to article graph) when the command runs, so that building the command
    /// tree for another command or for help costs nothing.
    /// </param>
    public static Command Create(Func<Func<Article, ArticleGraph>> createExtractor)
    {
        ArgumentNullException.ThrowIfNull(createExtractor);
        var articles = new Argument<string[]>("ARTICLE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "A plain-text article (the first line is the headline when a blank line follows), a folder of them, or a JSON Lines corpus (.jsonl: {\"id\",\"headline\",\"published\",\"text\",\"url\"} a line).",
        };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "The file to write (default: standard output). Written to a temporary file and renamed when complete." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The RDF syntax; with nquads, trig and jsonld each article's statements go into its own named graph.",
            DefaultValueFactory = _ => "turtle",
        };
        format.AcceptOnlyFromAmong(FormatNames);
        var articleInputs = new ArticleInputs();
        var mentions = new Option<bool>("--mentions") { Description = "Also write NIF mentions: where in the text each entity, post, event and quotation stands." };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Skip an article or record that cannot be read, report it, and go on with the others (the exit code is still 65)." };

        var command = new Command("extract", "Extract a knowledge graph (officials and posts, institutions, places, events, quotations) from news articles.")
        {
            articles, output, format,
        };
        articleInputs.AddTo(command);
        command.Options.Add(mentions);
        command.Options.Add(keepGoing);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new ExtractRequest(
                parseResult.GetRequiredValue(articles),
                parseResult.GetValue(output),
                ParseFormat(parseResult.GetRequiredValue(format)),
                parseResult.GetValue(articleInputs.Published),
                parseResult.GetRequiredValue(articleInputs.BaseIri),
                parseResult.GetValue(mentions),
                parseResult.GetValue(keepGoing));
            var invocation = parseResult.InvocationConfiguration;
            return Task.FromResult(Run(request, createExtractor, invocation.Output, invocation.Error));
        });
        return command;
    }

    private static int Run(ExtractRequest request, Func<Func<Article, ArticleGraph>> createExtractor, TextWriter standardOutput, TextWriter messages)
    {
        var skipped = new List<ArticleSourceException>();
        var sourceOptions = new ArticleSourceOptions
        {
            Published = request.Published,
            OnSkipped = request.KeepGoing ? skipped.Add : null,
        };
        var mapping = new MappingOptions
        {
            ResourceBase = request.BaseIri,
            IncludeMentions = request.Mentions,
            NamedGraphs = RdfFormats.Info(request.Format).IsQuadFormat,
        };
        var paths = ExistingPaths(request.Articles, sourceOptions);
        var pipeline = new IngestionPipeline(createExtractor(), mapping);

        IngestionReport report;
        using (var target = OutputTarget.Open(request.Output, standardOutput))
        {
            var writer = CreateWriter(request.Format, target.Writer);
            report = ArticleInputs.Ingest(pipeline, paths, sourceOptions, writer);
            if (report.Articles == 0)
            {
                ReportSkipped(skipped, messages);
                throw new CliException("no article could be read: nothing written", ExitCodes.DataError);
            }

            target.Commit();
        }

        ReportSkipped(skipped, messages);
        messages.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"kg extract: {report.Articles} article(s), {report.Entities} entities, {report.Statements} statements{(request.Output is null or "-" ? string.Empty : " written to " + request.Output)}"));
        return skipped.Count == 0 ? ExitCodes.Success : ExitCodes.DataError;
    }

    /// <summary>Reports a path that does not exist before any work is done (or skips it with --keep-going).</summary>
    private static List<string> ExistingPaths(IReadOnlyList<string> paths, ArticleSourceOptions options)
    {
        var existing = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (File.Exists(path) || Directory.Exists(path))
            {
                existing.Add(path);
                continue;
            }

            var missing = new ArticleSourceException(ArticleSourceError.Missing, "no such file or folder", path);
            if (options.OnSkipped is null)
            {
                throw new CliException(missing.Message, ExitCodes.DataError, missing);
            }

            options.OnSkipped(missing);
        }

        return existing;
    }

    private static IRdfWriter CreateWriter(RdfFormat format, TextWriter output)
    {
        var options = new RdfWriterOptions
        {
            Prefixes = OntologyDocuments.OutputPrefixes(),
            JsonLdContext = format == RdfFormat.JsonLd ? OntologyDocuments.JsonLdContext : null,
        };
        try
        {
            return RdfFormats.CreateWriter(format, output, options);
        }
        catch (NotSupportedException e)
        {
            throw new CliException(e.Message, ExitCodes.Failure, e);
        }
    }

    private static void ReportSkipped(List<ArticleSourceException> skipped, TextWriter messages)
    {
        foreach (var problem in skipped)
        {
            messages.WriteLine("kg: skipped " + problem.Message);
        }
    }

    private static RdfFormat ParseFormat(string name) =>
        RdfFormats.TryParse(name, out var format) ? format : throw new CliException($"unknown format '{name}'", ExitCodes.Usage);

    private sealed record ExtractRequest(
        IReadOnlyList<string> Articles,
        string? Output,
        RdfFormat Format,
        DateOnly? Published,
        string BaseIri,
        bool Mentions,
        bool KeepGoing);
}
