namespace Graph.Ingestion.Pipeline;

/// <summary>What one run of the pipeline did.</summary>
/// <param name="Articles">The number of articles mapped.</param>
/// <param name="Statements">The number of statements written to the sink.</param>
/// <param name="Entities">The number of distinct entities found across the articles.</param>
public sealed record IngestionReport(int Articles, long Statements, int Entities);
