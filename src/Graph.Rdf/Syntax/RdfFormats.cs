namespace Graph.Rdf.Syntax;

/// <summary>
/// The registry of RDF syntaxes: names, file extensions and media types, and the reader and writer
/// of each. Commands choose a syntax here, never by testing names themselves.
/// </summary>
public static class RdfFormats
{
    private static readonly FormatInfo[] Infos =
    [
        new(RdfFormat.NTriples, "ntriples", ["nt"], ["application/n-triples"], IsQuadFormat: false),
        new(RdfFormat.NQuads, "nquads", ["nq"], ["application/n-quads"], IsQuadFormat: true),
        new(RdfFormat.Turtle, "turtle", ["ttl"], ["text/turtle"], IsQuadFormat: false),
        new(RdfFormat.TriG, "trig", ["trig"], ["application/trig"], IsQuadFormat: true),
        new(RdfFormat.RdfXml, "rdfxml", ["rdf", "owl", "xml"], ["application/rdf+xml"], IsQuadFormat: false),
        new(RdfFormat.JsonLd, "jsonld", ["jsonld", "json"], ["application/ld+json"], IsQuadFormat: true),
    ];

    /// <summary>Every syntax, in a stable order.</summary>
    public static IReadOnlyList<FormatInfo> All => Infos;

    /// <summary>The description of one syntax.</summary>
    public static FormatInfo Info(RdfFormat format) => Infos[(int)format];

    /// <summary>Finds a syntax by its name (<c>turtle</c>, <c>ttl</c>, <c>nt</c>…), its extension or its media type.</summary>
    public static bool TryParse(string text, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Trim().TrimStart('.').ToLowerInvariant();
        foreach (var info in Infos)
        {
            if (info.Name == key || info.Extensions.Contains(key) || info.MediaTypes.Contains(key)
                || (key == "n-triples" && info.Format == RdfFormat.NTriples)
                || (key == "n-quads" && info.Format == RdfFormat.NQuads)
                || (key is "rdf/xml" or "rdf-xml" && info.Format == RdfFormat.RdfXml)
                || (key == "json-ld" && info.Format == RdfFormat.JsonLd))
            {
                format = info.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Guesses the syntax of a file from its extension, looking through a trailing <c>.gz</c>.</summary>
    public static bool TryFromPath(string path, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var extension = Path.GetExtension(name);
        if (extension.Length > 1)
        {
            var key = extension[1..].ToLowerInvariant();
            foreach (var info in Infos)
            {
                if (info.Extensions.Contains(key))
                {
                    format = info.Format;
                    return true;
                }
            }
        }

        format = default;
        return false;
    }

    /// <summary>Creates a reader of the syntax.</summary>
    /// <exception cref="NotSupportedException">The syntax cannot be read yet.</exception>
    public static IRdfReader CreateReader(RdfFormat format) => format switch
    {
        RdfFormat.Turtle => new Turtle.TurtleReader(),
        RdfFormat.TriG => new Turtle.TriGReader(),
        RdfFormat.JsonLd => new JsonLd.JsonLdReader(),
        RdfFormat.RdfXml => new RdfXml.RdfXmlReader(),
        RdfFormat.NTriples => new NTriples.NTriplesReader(),
        RdfFormat.NQuads => new NTriples.NQuadsReader(),
        _ => throw new NotSupportedException($"reading {Info(format).Name} is not supported yet"),
    };

    /// <summary>Creates a writer of the syntax that writes to <paramref name="output"/>.</summary>
    /// <exception cref="NotSupportedException">The syntax cannot be written yet.</exception>
    public static IRdfWriter CreateWriter(RdfFormat format, TextWriter output, RdfWriterOptions? options = null) => format switch
    {
        RdfFormat.JsonLd => new JsonLd.JsonLdWriter(output, options),
        RdfFormat.RdfXml => new RdfXml.RdfXmlWriter(output, options),
        RdfFormat.NTriples => new NTriples.NTriplesWriter(output, options),
        RdfFormat.NQuads => new NTriples.NQuadsWriter(output, options),
        RdfFormat.Turtle => new Turtle.TurtleWriter(output, options),
        RdfFormat.TriG => new Turtle.TriGWriter(output, options),
        _ => throw new NotSupportedException($"writing {Info(format).Name} is not supported yet"),
    };
}

/// <summary>What the registry knows of one syntax.</summary>
/// <param name="Format">The syntax.</param>
/// <param name="Name">Its name on the command line.</param>
/// <param name="Extensions">Its file extensions, without the dot, the usual one first.</param>
/// <param name="MediaTypes">Its media types, the registered one first.</param>
/// <param name="IsQuadFormat">True when it carries named graphs.</param>
public sealed record FormatInfo(RdfFormat Format, string Name, IReadOnlyList<string> Extensions, IReadOnlyList<string> MediaTypes, bool IsQuadFormat);
