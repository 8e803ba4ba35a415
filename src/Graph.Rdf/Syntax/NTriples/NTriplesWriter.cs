namespace Graph.Rdf.Syntax.NTriples;

/// <summary>
/// Writes N-Triples in canonical form, one statement a line, as the statements arrive (streaming,
/// constant memory). A statement that cannot be written raises <see cref="RdfWriteException"/>
/// and leaves no partial line in the output. Call <see cref="IRdfSink.EndRdf"/> (or
/// <see cref="Flush"/>) at the end: output is buffered.
/// </summary>
public sealed class NTriplesWriter : IRdfWriter
{
    private readonly RdfTextOutput _output;

    /// <summary>Creates a writer that writes to <paramref name="output"/>; options are not used by this syntax.</summary>
    public NTriplesWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _ = options;
        _output = new RdfTextOutput(output);
    }

    /// <inheritdoc />
    public void HandleTriple(in Triple triple)
    {
        try
        {
            NTriplesStatement.Write(_output, triple);
            _output.Append(' ', '.');
            _output.Append('\n');
            _output.Commit();
        }
        catch (RdfWriteException)
        {
            _output.Rollback();
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="RdfWriteException">The quad is in a named graph, which N-Triples cannot carry.</exception>
    public void HandleQuad(in Quad quad)
    {
        if (quad.Graph is not null)
        {
            throw new RdfWriteException($"N-Triples has no named graphs: the quad in graph {quad.Graph} cannot be written (use N-Quads or TriG)");
        }

        HandleTriple(quad.Triple);
    }

    /// <inheritdoc />
    public void EndRdf() => Flush();

    /// <summary>Writes what is buffered to the underlying writer and flushes it.</summary>
    public void Flush() => _output.Flush();
}

/// <summary>Writes N-Quads in canonical form, streaming; see <see cref="NTriplesWriter"/>.</summary>
public sealed class NQuadsWriter : IRdfWriter
{
    private readonly RdfTextOutput _output;

    /// <summary>Creates a writer that writes to <paramref name="output"/>; options are not used by this syntax.</summary>
    public NQuadsWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _ = options;
        _output = new RdfTextOutput(output);
    }

    /// <inheritdoc />
    public void HandleTriple(in Triple triple) => HandleQuad(new Quad(triple, null));

    /// <inheritdoc />
    public void HandleQuad(in Quad quad)
    {
        try
        {
            NTriplesStatement.Write(_output, quad.Triple);
            if (quad.Graph is not null)
            {
                _output.Append(' ');
                NTriplesTermFormatter.WriteGraphName(_output, quad.Graph);
            }

            _output.Append(' ', '.');
            _output.Append('\n');
            _output.Commit();
        }
        catch (RdfWriteException)
        {
            _output.Rollback();
            throw;
        }
    }

    /// <inheritdoc />
    public void EndRdf() => Flush();

    /// <summary>Writes what is buffered to the underlying writer and flushes it.</summary>
    public void Flush() => _output.Flush();
}

/// <summary>The <c>s p o</c> part shared by the N-Triples and N-Quads writers.</summary>
internal static class NTriplesStatement
{
    public static void Write(RdfTextOutput output, in Triple triple)
    {
        NTriplesTermFormatter.WriteSubject(output, triple.Subject);
        output.Append(' ');
        NTriplesTermFormatter.WriteIri(output, triple.Predicate);
        output.Append(' ');
        NTriplesTermFormatter.WriteTerm(output, triple.Object);
    }
}
