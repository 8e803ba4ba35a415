namespace Graph.Extraction.Model;

/// <summary>The event types of the vocabulary contract.</summary>
public enum EventKind
{
    /// <summary>An attack: shooting, bombing, killing.</summary>
    Attack,

    /// <summary>An arrest or detention.</summary>
    Arrest,

    /// <summary>A police or military raid.</summary>
    Raid,

    /// <summary>A deployment of troops or soldiers.</summary>
    MilitaryDeployment,

    /// <summary>A meeting or talks.</summary>
    Meeting,

    /// <summary>A call, an appeal, urging.</summary>
    Appeal,

    /// <summary>A statement.</summary>
    Statement,

    /// <summary>An agreement.</summary>
    Agreement,

    /// <summary>An armed conflict or war.</summary>
    Conflict,
}

/// <summary>An event of the article.</summary>
/// <param name="Key">Stable key, unique within the article (e.g. <c>event/{articleId}/raid-1</c>).</param>
/// <param name="Kind">The type.</param>
/// <param name="Label">A readable label ("Belgian police raids").</param>
/// <param name="Trigger">The words that signal it ("raids").</param>
/// <param name="Span">Where the trigger stands.</param>
/// <param name="ActorKeys">Keys of the entities that take part.</param>
/// <param name="PlaceKey">Key of the place, or null.</param>
/// <param name="Time">When, or null.</param>
public sealed record Event(
    string Key,
    EventKind Kind,
    string Label,
    string Trigger,
    TextSpan Span,
    IReadOnlyList<string> ActorKeys,
    string? PlaceKey,
    TimeReference? Time);

/// <summary>A time expression and the dates it resolves to from the publication date.</summary>
/// <param name="Expression">The words used ("over the weekend").</param>
/// <param name="Span">Where they stand.</param>
/// <param name="Start">The first day, or null when unresolved.</param>
/// <param name="End">The last day (equal to <paramref name="Start"/> for one day), or null.</param>
public sealed record TimeReference(string Expression, TextSpan Span, DateOnly? Start, DateOnly? End);
