namespace Graph.Sparql.Results;

/// <summary>The registry of result formats: names, extensions, media types, and the writer of each.</summary>
public static class SparqlResultsFormats
{
    private static readonly SparqlResultsFormatInfo[] Infos =
    [
        new(SparqlResultsFormat.Json, "json", ["srj", "json"], "application/sparql-results+json"),
        new(SparqlResultsFormat.Xml, "xml", ["srx", "xml"], "application/sparql-results+xml"),
        new(SparqlResultsFormat.Csv, "csv", ["csv"], "text/csv"),
        new(SparqlResultsFormat.Tsv, "tsv", ["tsv"], "text/tab-separated-values"),
        new(SparqlResultsFormat.Table, "table", ["txt"], "text/plain"),
    ];

    /// <summary>Every format, in a stable order.</summary>
    public static IReadOnlyList<SparqlResultsFormatInfo> All => Infos;

    /// <summary>The description of one format.</summary>
    public static SparqlResultsFormatInfo Info(SparqlResultsFormat format) => Infos[(int)format];

    /// <summary>Finds a format by its name (<c>json</c>, <c>table</c>…), an extension (<c>srx</c>) or its media type.</summary>
    public static bool TryParse(string name, out SparqlResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().TrimStart('.').ToLowerInvariant();
        foreach (var info in Infos)
        {
            if (info.Name == key || info.Extensions.Contains(key) || info.MediaType == key)
            {
                format = info.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Creates the writer of a format.</summary>
    public static ISparqlResultsWriter CreateWriter(SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => new SparqlJsonResultsWriter(),
        SparqlResultsFormat.Xml => new SparqlXmlResultsWriter(),
        SparqlResultsFormat.Csv => new SparqlCsvResultsWriter(),
        SparqlResultsFormat.Tsv => new SparqlTsvResultsWriter(),
        SparqlResultsFormat.Table => new SparqlTableResultsWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown results format"),
    };
}

/// <summary>What the registry knows of one result format.</summary>
/// <param name="Format">The format.</param>
/// <param name="Name">Its name on the command line (<c>--results NAME</c>).</param>
/// <param name="Extensions">Its file extensions, without the dot, the usual one first.</param>
/// <param name="MediaType">Its media type.</param>
public sealed record SparqlResultsFormatInfo(SparqlResultsFormat Format, string Name, IReadOnlyList<string> Extensions, string MediaType);
