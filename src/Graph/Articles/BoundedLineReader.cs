namespace Graph.Articles;

/// <summary>Reads a stream line by line as bytes, keeping no more than <c>maxLineBytes</c> of a line in memory.</summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private int _lineNumber;

    /// <summary>The next line (a trailing carriage return removed), or null at the end of the stream.</summary>
    public async ValueTask<BoundedLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        using var line = new MemoryStream();
        long length = 0;
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_endOfStream)
                {
                    break;
                }

                _start = 0;
                _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                if (_end == 0)
                {
                    _endOfStream = true;
                    break;
                }
            }

            any = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline < 0 ? available : available[..newline];
            length += chunk.Length;
            tooLong |= length > maxLineBytes;
            if (!tooLong)
            {
                line.Write(chunk);
            }

            _start += chunk.Length + (newline < 0 ? 0 : 1);
            if (newline >= 0)
            {
                return Finish(line, length, tooLong);
            }
        }

        return any ? Finish(line, length, tooLong) : null;
    }

    private BoundedLine Finish(MemoryStream line, long length, bool tooLong)
    {
        _lineNumber++;
        if (tooLong)
        {
            return new BoundedLine(_lineNumber, null, length);
        }

        var bytes = line.ToArray();
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new BoundedLine(_lineNumber, bytes, length);
    }
}
