namespace RoleScope.Sources.Text;

/// <summary>
/// Gives back text already read for format detection, then the rest of the inner reader, so that detection needs no
/// seekable stream (standard input) and line numbers still count from the first character.
/// </summary>
internal sealed class ReplayTextReader(string head, TextReader inner) : TextReader
{
    private int _position;

    public override int Peek() => _position < head.Length ? head[_position] : inner.Peek();

    public override int Read() => _position < head.Length ? head[_position++] : inner.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - _position);
            head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return inner.Read(buffer);
    }
}
