using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Graph.Cli.Infrastructure;
using Graph.Ingestion.Mapping;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Sources;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// What the commands that read articles share (<c>kg extract</c>, and <c>kg query</c> on article data):
/// the <c>--published</c> and <c>--base-iri</c> options, and running the ingestion pipeline with its
/// failures turned into exit codes.
/// </summary>
internal sealed class ArticleInputs
{
    /// <summary>The <c>--published</c> option: the date of articles whose record gives none.</summary>
    public Option<DateOnly?> Published { get; } = new("--published")
    {
        HelpName = "YYYY-MM-DD",
        Description = "The publication date (YYYY-MM-DD) of articles whose record gives none; relative times (\"on Monday\") are resolved from it.",
        CustomParser = ParseDate,
    };

    /// <summary>The <c>--base-iri</c> option: the namespace of minted resources.</summary>
    public Option<string> BaseIri { get; } = CreateBaseIriOption();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Published);
        command.Options.Add(BaseIri);
    }

    /// <summary>
    /// Runs <paramref name="pipeline"/> over the articles at <paramref name="paths"/> (files or folders) into
    /// <paramref name="sink"/>.
    /// </summary>
    /// <exception cref="CliException">
    /// An article cannot be read (exit code 65, naming the file) or the extraction or mapping failed (exit code 1).
    /// </exception>
    public static IngestionReport Ingest(IngestionPipeline pipeline, IEnumerable<string> paths, ArticleSourceOptions options, IRdfSink sink)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        try
        {
            return pipeline.Run(paths.Select(path => ArticleSources.Open(path, options)), sink);
        }
        catch (ArticleSourceException e)
        {
            throw new CliException(e.Message, ExitCodes.DataError, e);
        }
        catch (Exception e) when (e is ArticleExtractionException or ArticleMappingException)
        {
            throw new CliException(e.Message, ExitCodes.Failure, e);
        }
    }

    private static Option<string> CreateBaseIriOption()
    {
        var option = new Option<string>("--base-iri")
        {
            HelpName = "IRI",
            Description = "The namespace of the resources minted for the entities, posts, events and articles found in articles.",
            DefaultValueFactory = _ => Kg.DefaultResourceBase,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Iri.TryParse(value, out _, out var error))
            {
                result.AddError($"--base-iri '{value}' is not an absolute IRI: {error}");
            }
        });
        return option;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--published '{text}' is not a date of the form YYYY-MM-DD");
        return null;
    }
}
