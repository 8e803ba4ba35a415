using System.CommandLine;
using Graph.Cli.Infrastructure;
using Graph.Neo4j.Projection;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// What <c>kg load</c> and <c>kg export</c> share: the RDF inputs and the projection options, read
/// into a property graph the way neosemantics (n10s) would import them.
/// </summary>
internal sealed class PropertyGraphInputs
{
    private readonly Argument<string[]> _data = new("DATA") { Description = "RDF files to project (any syntax kg reads; - for standard input)", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _format = new("--format") { HelpName = "SYNTAX", Description = "The RDF syntax of the inputs (default: from each file's extension)" };
    private readonly Option<string?> _baseIri = new("--base") { HelpName = "IRI", Description = "The base IRI against which relative IRIs of the inputs are resolved" };
    private readonly Option<string> _vocabulary = new("--vocabulary") { HelpName = "ignore|shorten|keep", Description = "How IRIs become names: ignore (Person, name, POST_IN), shorten (schema__Person) or keep (full IRIs)", DefaultValueFactory = _ => "ignore" };
    private readonly Option<string> _multivalues = new("--multivalues") { HelpName = "array|overwrite", Description = "Several values of one property: array, or overwrite (the last wins)", DefaultValueFactory = _ => "array" };
    private readonly Option<bool> _keepLanguageTags = new("--keep-language-tags") { Description = "Keep language tags in values (Bruxelles@fr)" };
    private readonly Option<string?> _language = new("--language") { HelpName = "TAG", Description = "Keep only tagged strings in this language" };

    /// <summary>Adds the argument and options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_data);
        command.Options.Add(_format);
        command.Options.Add(_baseIri);
        command.Options.Add(_vocabulary);
        command.Options.Add(_multivalues);
        command.Options.Add(_keepLanguageTags);
        command.Options.Add(_language);
    }

    /// <summary>Reads every input into a projected graph.</summary>
    /// <exception cref="CliException">Bad usage, an unreadable file or invalid RDF.</exception>
    public PropertyGraph Read(ParseResult parseResult)
    {
        var options = new ProjectionOptions
        {
            Vocabulary = (parseResult.GetValue(_vocabulary) ?? "ignore").ToLowerInvariant() switch
            {
                "ignore" => VocabularyHandling.Ignore,
                "shorten" => VocabularyHandling.Shorten,
                "keep" => VocabularyHandling.Keep,
                var other => throw new CliException($"--vocabulary '{other}' is not one of ignore, shorten, keep", ExitCodes.Usage),
            },
            Multivalues = (parseResult.GetValue(_multivalues) ?? "array").ToLowerInvariant() switch
            {
                "array" => MultivalueHandling.Array,
                "overwrite" => MultivalueHandling.Overwrite,
                var other => throw new CliException($"--multivalues '{other}' is not one of array, overwrite", ExitCodes.Usage),
            },
            KeepLanguageTags = parseResult.GetValue(_keepLanguageTags),
            LanguageFilter = parseResult.GetValue(_language),
        };
        var baseIri = CommandInputs.ParseBaseIri(parseResult.GetValue(_baseIri));
        var format = parseResult.GetValue(_format);
        var sources = (parseResult.GetValue(_data) ?? []).Select(path => (Path: path, Format: CommandInputs.DetectFormat(path, format))).ToList();
        foreach (var (path, _) in sources)
        {
            CommandInputs.EnsureReadable(path);
        }

        var builder = new PropertyGraphBuilder(options);
        foreach (var (path, syntax) in sources)
        {
            CommandInputs.Reading(path, () => RdfFile.Read(path, syntax, builder, baseIri, CommandInputs.StandardInput));
        }

        return builder.Build();
    }
}
