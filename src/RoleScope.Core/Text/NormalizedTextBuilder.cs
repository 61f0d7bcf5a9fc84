using System.Buffers;

namespace RoleScope.Core.Text;

/// <summary>
/// Writes text through the whitespace rules of <see cref="PlainText.Normalize"/> as it arrives, so HTML conversion and the
/// joining of title, location and body make one copy of the text, not four. Text is written in segments: each is normalised
/// on its own (as if it were a separate string) and, when not empty, joined to the segments before it by a blank line.
/// One instance per thread (<see cref="ForThread"/>); its buffer is reused from posting to posting.
/// </summary>
public sealed class NormalizedTextBuilder
{
    /// <summary>Characters <see cref="PlainText.Normalize"/> does not copy as they are: whitespace and control characters.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialChars());

    [ThreadStatic]
    private static NormalizedTextBuilder? t_instance;

    private char[] _buffer = new char[4096];
    private int _length;

    // Normalisation state of the current segment.
    private int _segmentStart;
    private bool _segmentHasText;
    private bool _pendingSpace;
    private int _newlines;

    /// <summary>The builder of the calling thread, emptied.</summary>
    public static NormalizedTextBuilder ForThread()
    {
        var builder = t_instance ??= new NormalizedTextBuilder();
        builder._length = 0;
        builder.BeginSegment();
        return builder;
    }

    public int Length => _length;

    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    /// <summary>Where the current segment's text starts (after the blank line that joins it to the text before).</summary>
    public int SegmentStart => _segmentStart;

    /// <summary>Starts a segment: whitespace state is reset, and its first character is preceded by a blank line if text came before.</summary>
    public void BeginSegment()
    {
        _segmentStart = _length;
        _segmentHasText = false;
        _pendingSpace = false;
        _newlines = 0;
    }

    /// <summary>State to return to when a segment has to be written again (<see cref="Restore"/>).</summary>
    public (int Length, int SegmentStart, bool HasText, bool PendingSpace, int Newlines) Save() =>
        (_length, _segmentStart, _segmentHasText, _pendingSpace, _newlines);

    public void Restore((int Length, int SegmentStart, bool HasText, bool PendingSpace, int Newlines) state) =>
        (_length, _segmentStart, _segmentHasText, _pendingSpace, _newlines) = state;

    /// <summary>Replaces every line break of the current segment with a space (a title or location is one line).</summary>
    public void JoinSegmentLines() => _buffer.AsSpan(_segmentStart, _length - _segmentStart).Replace('\n', ' ');

    /// <summary>
    /// Appends text exactly as <see cref="PlainText.Normalize"/> reads it: "\r\n" (within <paramref name="text"/>) is one line
    /// break, a lone "\r", U+2028 and U+2029 are line breaks, other whitespace and control characters are spaces.
    /// </summary>
    public void Append(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var end = SpecialAtOrAfter(text, i);
            if (end != i)
            {
                Write(text[i..end]);
                i = end;
                continue;
            }
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                continue; // "\r\n" is one line break, not two.
            }
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                _pendingSpace = false;
                _newlines++;
            }
            else
            {
                _pendingSpace = true;
            }
            i++;
        }
    }

    /// <summary>
    /// The end of the run from <paramref name="from"/> that normalisation copies as it is: up to the first whitespace or
    /// control character, or the length, except that a single space between two characters that are neither stays in the run
    /// (normalisation would write that one space anyway), so a line of words is copied at once rather than word by word.
    /// A stretch of printable ASCII and spaces is found by one range search and its doubled spaces by one substring search,
    /// each many characters at a time; the character after the stretch is looked up.
    /// </summary>
    private static int SpecialAtOrAfter(ReadOnlySpan<char> text, int from)
    {
        if (text[from] == ' ')
        {
            return from;
        }
        var i = from;
        while (true)
        {
            var outside = text[i..].IndexOfAnyExceptInRange(' ', '~');
            var end = outside < 0 ? text.Length : i + outside;
            var doubled = text[i..end].IndexOf("  ");
            if (doubled >= 0)
            {
                return i + doubled;
            }
            if (end == text.Length || IsSpecial(text[end]))
            {
                // A space before the end is not between two copied characters: it is left to the caller.
                return end > i && text[end - 1] == ' ' ? end - 1 : end;
            }
            i = end + 1;
        }
    }

    private static bool IsSpecial(char c) => c is < '!' or > '~' && Special.Contains(c);

    /// <summary>Appends one character that is not '\r' (HTML conversion has turned those into '\n' already).</summary>
    public void Append(char c)
    {
        if (c == '\n')
        {
            _pendingSpace = false;
            _newlines++;
        }
        else if (!IsSpecial(c))
        {
            // What Append(span) makes of one character that is neither whitespace nor a control character, without its searches
            // (HTML conversion writes each decoded reference, "&#x27;", "&amp;", this way).
            Write(new ReadOnlySpan<char>(in c));
        }
        else
        {
            Append(new ReadOnlySpan<char>(in c));
        }
    }

    /// <summary>A line break (a block element's start or end).</summary>
    public void NewLine() => _newlines++;

    /// <summary>A copy of everything written.</summary>
    public override string ToString() => new(Written);

    /// <summary>Writes characters that are neither whitespace nor control characters, after the separator they are owed.</summary>
    private void Write(ReadOnlySpan<char> chars)
    {
        EnsureCapacity(chars.Length + 2);
        if (_segmentHasText)
        {
            if (_newlines > 0)
            {
                _buffer[_length++] = '\n';
                if (_newlines > 1)
                {
                    _buffer[_length++] = '\n';
                }
            }
            else if (_pendingSpace)
            {
                _buffer[_length++] = ' ';
            }
        }
        else
        {
            if (_length > 0)
            {
                // The blank line between segments (title, location, body).
                _buffer[_length++] = '\n';
                _buffer[_length++] = '\n';
            }
            _segmentStart = _length;
            _segmentHasText = true;
        }
        _newlines = 0;
        _pendingSpace = false;
        chars.CopyTo(_buffer.AsSpan(_length));
        _length += chars.Length;
    }

    private void EnsureCapacity(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }

    private static string SpecialChars()
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c) || char.IsControl((char)c))
            {
                chars.Add((char)c);
            }
        }
        return new string([.. chars]);
    }
}
