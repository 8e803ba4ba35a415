using Graph.Rdf;

namespace Graph.Sparql.Algebra;

/// <summary>A property path expression (SPARQL 1.1 section 9): the path operators of the algebra.</summary>
public abstract record PropertyPath;

/// <summary>A single predicate (<c>link</c>).</summary>
/// <param name="Predicate">The predicate IRI.</param>
public sealed record LinkPath(Iri Predicate) : PropertyPath;

/// <summary><c>^path</c> (<c>inv</c>).</summary>
/// <param name="Inner">The inverted path.</param>
public sealed record InversePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>a / b</c> (<c>seq</c>).</summary>
/// <param name="First">The first step.</param>
/// <param name="Second">The second step.</param>
public sealed record SequencePath(PropertyPath First, PropertyPath Second) : PropertyPath;

/// <summary><c>a | b</c> (<c>alt</c>).</summary>
/// <param name="Left">One alternative.</param>
/// <param name="Right">The other.</param>
public sealed record AlternativePath(PropertyPath Left, PropertyPath Right) : PropertyPath;

/// <summary><c>path*</c> (<c>ZeroOrMorePath</c>).</summary>
/// <param name="Inner">The repeated path.</param>
public sealed record ZeroOrMorePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>path+</c> (<c>OneOrMorePath</c>).</summary>
/// <param name="Inner">The repeated path.</param>
public sealed record OneOrMorePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>path?</c> (<c>ZeroOrOnePath</c>).</summary>
/// <param name="Inner">The optional path.</param>
public sealed record ZeroOrOnePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>!(a|^b)</c> (<c>NPS</c>): any predicate but the listed ones, forwards or backwards.</summary>
/// <param name="Forward">Predicates excluded in the forward direction.</param>
/// <param name="Inverse">Predicates excluded in the inverse direction.</param>
public sealed record NegatedPropertySet(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : PropertyPath;
