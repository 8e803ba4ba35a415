namespace Graph.Rdf.Tests.Conformance;

/// <summary>What a manifest entry asks of a reader.</summary>
internal enum ConformanceTestKind
{
    /// <summary>The input must be read without error.</summary>
    PositiveSyntax,

    /// <summary>The input must be rejected.</summary>
    NegativeSyntax,

    /// <summary>The input must be read and be isomorphic to the expected result.</summary>
    Eval,

    /// <summary>The input must be rejected (a syntactically fine document with an invalid meaning).</summary>
    NegativeEval,
}

/// <summary>One entry of a W3C manifest.</summary>
/// <param name="Suite">The suite (a row of <see cref="ConformanceSuites"/>).</param>
/// <param name="Id">The test's identifier, unique within the suite (the fragment of its IRI).</param>
/// <param name="Kind">What is asked.</param>
/// <param name="ActionPath">The local path of the input document.</param>
/// <param name="BaseIri">The IRI the suite assumes for the input (its base).</param>
/// <param name="ResultPath">The local path of the expected N-Triples or N-Quads, for evaluation tests.</param>
internal sealed record ConformanceTest(ConformanceSuite Suite, string Id, ConformanceTestKind Kind, string ActionPath, string BaseIri, string? ResultPath)
{
    public override string ToString() => $"{Suite.Name}/{Id}";
}
