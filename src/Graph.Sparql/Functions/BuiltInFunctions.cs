namespace Graph.Sparql.Functions;

/// <summary>
/// The SPARQL 1.1 built-in functions (section 17.4) that take evaluated arguments, and the XSD
/// constructor casts. The special forms (BOUND, IF, COALESCE, EXISTS, IN, logical operators) are the
/// evaluator's, since they control evaluation of their arguments.
/// </summary>
public static class BuiltInFunctions
{
    private static readonly Dictionary<string, FunctionInfo> Functions = Build();

    /// <summary>
    /// Finds a function by its upper-case keyword (<c>STRLEN</c>, <c>REGEX</c>, <c>SHA256</c>…) or, for casts,
    /// by the full datatype IRI (<c>http://www.w3.org/2001/XMLSchema#integer</c>).
    /// </summary>
    public static bool TryGet(string name, out BuiltInFunction function)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Functions.TryGetValue(name, out var info))
        {
            function = info.Function;
            return true;
        }

        function = null!;
        return false;
    }

    /// <summary>
    /// The number of arguments a function accepts, so the parser can reject <c>STRLEN()</c> at parse time;
    /// false when the name is unknown. <paramref name="maxArguments"/> is <see cref="int.MaxValue"/> for CONCAT.
    /// </summary>
    public static bool TryGetArity(string name, out int minArguments, out int maxArguments)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Functions.TryGetValue(name, out var info))
        {
            minArguments = info.Min;
            maxArguments = info.Max;
            return true;
        }

        minArguments = maxArguments = 0;
        return false;
    }

    /// <summary>Every name <see cref="TryGet"/> knows: the keywords, then the cast IRIs.</summary>
    public static IReadOnlyCollection<string> Names => Functions.Keys;

    private static Dictionary<string, FunctionInfo> Build()
    {
        var map = new Dictionary<string, FunctionInfo>(StringComparer.Ordinal);
        void Add(string name, int min, int max, BuiltInFunction f) => map.Add(name, new FunctionInfo(f, min, max));

        // RDF terms (17.4.2)
        Add("ISIRI", 1, 1, TermFunctions.IsIri);
        Add("ISURI", 1, 1, TermFunctions.IsIri);
        Add("ISBLANK", 1, 1, TermFunctions.IsBlank);
        Add("ISLITERAL", 1, 1, TermFunctions.IsLiteral);
        Add("ISNUMERIC", 1, 1, TermFunctions.IsNumeric);
        Add("STR", 1, 1, TermFunctions.Str);
        Add("LANG", 1, 1, TermFunctions.Lang);
        Add("DATATYPE", 1, 1, TermFunctions.Datatype);
        Add("IRI", 1, 1, TermFunctions.Iri);
        Add("URI", 1, 1, TermFunctions.Iri);
        Add("BNODE", 0, 1, TermFunctions.BNode);
        Add("STRDT", 2, 2, TermFunctions.StrDt);
        Add("STRLANG", 2, 2, TermFunctions.StrLang);
        Add("UUID", 0, 0, TermFunctions.Uuid);
        Add("STRUUID", 0, 0, TermFunctions.StrUuid);
        Add("SAMETERM", 2, 2, TermFunctions.SameTerm);

        // RDF 1.2 triple terms (SPARQL 1.2 drafts), cheap to offer.
        Add("TRIPLE", 3, 3, TermFunctions.Triple);
        Add("ISTRIPLE", 1, 1, TermFunctions.IsTriple);
        Add("SUBJECT", 1, 1, TermFunctions.Subject);
        Add("PREDICATE", 1, 1, TermFunctions.Predicate);
        Add("OBJECT", 1, 1, TermFunctions.Object);

        // Strings (17.4.3)
        Add("STRLEN", 1, 1, StringFunctions.StrLen);
        Add("SUBSTR", 2, 3, StringFunctions.Substr);
        Add("UCASE", 1, 1, StringFunctions.UCase);
        Add("LCASE", 1, 1, StringFunctions.LCase);
        Add("STRSTARTS", 2, 2, StringFunctions.StrStarts);
        Add("STRENDS", 2, 2, StringFunctions.StrEnds);
        Add("CONTAINS", 2, 2, StringFunctions.Contains);
        Add("STRBEFORE", 2, 2, StringFunctions.StrBefore);
        Add("STRAFTER", 2, 2, StringFunctions.StrAfter);
        Add("ENCODE_FOR_URI", 1, 1, StringFunctions.EncodeForUri);
        Add("CONCAT", 0, int.MaxValue, StringFunctions.Concat);
        Add("LANGMATCHES", 2, 2, StringFunctions.LangMatches);
        Add("REGEX", 2, 3, StringFunctions.Regex);
        Add("REPLACE", 3, 4, StringFunctions.Replace);

        // Numerics (17.4.4)
        Add("ABS", 1, 1, NumericFunctions.Abs);
        Add("ROUND", 1, 1, NumericFunctions.Round);
        Add("CEIL", 1, 1, NumericFunctions.Ceil);
        Add("FLOOR", 1, 1, NumericFunctions.Floor);
        Add("RAND", 0, 0, NumericFunctions.Rand);

        // Dates and times (17.4.5)
        Add("NOW", 0, 0, DateTimeFunctions.Now);
        Add("YEAR", 1, 1, DateTimeFunctions.Year);
        Add("MONTH", 1, 1, DateTimeFunctions.Month);
        Add("DAY", 1, 1, DateTimeFunctions.Day);
        Add("HOURS", 1, 1, DateTimeFunctions.Hours);
        Add("MINUTES", 1, 1, DateTimeFunctions.Minutes);
        Add("SECONDS", 1, 1, DateTimeFunctions.Seconds);
        Add("TIMEZONE", 1, 1, DateTimeFunctions.Timezone);
        Add("TZ", 1, 1, DateTimeFunctions.Tz);

        // Hashes (17.4.6)
        Add("MD5", 1, 1, HashFunctions.Md5);
        Add("SHA1", 1, 1, HashFunctions.Sha1);
        Add("SHA256", 1, 1, HashFunctions.Sha256);
        Add("SHA384", 1, 1, HashFunctions.Sha384);
        Add("SHA512", 1, 1, HashFunctions.Sha512);

        // XSD casts (17.5)
        foreach (var target in CastFunctions.Targets)
        {
            var datatype = target;
            Add(datatype.Value, 1, 1, (args, _) => args.Length == 1 ? CastFunctions.Cast(args[0], datatype) : null);
        }

        return map;
    }

    private sealed record FunctionInfo(BuiltInFunction Function, int Min, int Max);
}
