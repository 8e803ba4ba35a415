namespace Graph.Rdf.Syntax;

/// <summary>
/// A character buffer in front of a <see cref="TextWriter"/>: writers append spans here and the
/// buffer goes to the writer in large blocks, which is much faster than many small writes.
/// </summary>
internal sealed class RdfTextOutput
{
    private readonly TextWriter _writer;
    private char[] _buffer;
    private int _length;
    private int _committed;

    public RdfTextOutput(TextWriter writer, int capacity = 1 << 15)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _buffer = new char[capacity];
    }

    public void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            MakeRoom(1);
        }

        _buffer[_length++] = c;
    }

    public void Append(char a, char b)
    {
        if (_length + 2 > _buffer.Length)
        {
            MakeRoom(2);
        }

        _buffer[_length] = a;
        _buffer[_length + 1] = b;
        _length += 2;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            MakeRoom(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(string text) => Append(text.AsSpan());

    /// <summary>
    /// Marks everything appended so far as complete: only complete text ever reaches the writer,
    /// so a statement abandoned half-way (<see cref="Rollback"/>) never leaves a trace in the output.
    /// </summary>
    public void Commit() => _committed = _length;

    /// <summary>Drops what was appended since the last <see cref="Commit"/>.</summary>
    public void Rollback() => _length = _committed;

    /// <summary>Writes the complete text to the writer and flushes it.</summary>
    public void Flush()
    {
        WriteCommitted();
        _writer.Flush();
    }

    private void WriteCommitted()
    {
        if (_committed > 0)
        {
            _writer.Write(_buffer, 0, _committed);
            var pending = _length - _committed;
            Array.Copy(_buffer, _committed, _buffer, 0, pending);
            _length = pending;
            _committed = 0;
        }
    }

    private void MakeRoom(int size)
    {
        WriteCommitted();
        if (_length + size > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + size));
        }
    }
}
