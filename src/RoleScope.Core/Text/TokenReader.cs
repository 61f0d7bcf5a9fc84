namespace RoleScope.Core.Text;

/// <summary>
/// The tokens of a part of a text read one at a time, where and of which kind <see cref="Tokenizer.Tokenize(string, int, int, List{Token})"/>
/// makes them, without their hashes and without a list: for a scan that only compares words with word sets. Tokenising the parts
/// of a posting into lists, again and again for each test of a header field or list item, took about a twelfth of role finding
/// (perf, 2026-12-07).
/// </summary>
internal ref struct TokenReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;
    private int _previousStart;
    private int _previousEnd;

    /// <summary>Reads the tokens of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public TokenReader(string text, int start, int end)
    {
        _text = text.AsSpan(0, end);
        _next = start;
    }

    /// <summary>Where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>Where the current token ends.</summary>
    public int End { get; private set; }

    /// <summary>Whether the current token is a word (letters and digits), not a symbol.</summary>
    public bool IsWord { get; private set; }

    /// <summary>The current token's characters.</summary>
    public readonly ReadOnlySpan<char> Span => _text[Start..End];

    /// <summary>The token before the current one when it is a word, else empty.</summary>
    public readonly ReadOnlySpan<char> PreviousWord => _text[_previousStart.._previousEnd];

    /// <summary>Moves to the next token; false when there is none.</summary>
    public bool Next()
    {
        (_previousStart, _previousEnd) = IsWord ? (Start, End) : (0, 0);
        var span = _text;
        var i = _next;
        while (i < span.Length)
        {
            var c = span[i];
            var kind = Tokenizer.KindOf(c);
            if (kind == Tokenizer.Space)
            {
                i++;
                continue;
            }
            Start = i;
            if (kind == Tokenizer.Word)
            {
                while (++i < span.Length && Tokenizer.KindOf(span[i]) == Tokenizer.Word)
                {
                }
                IsWord = true;
            }
            else
            {
                // A surrogate pair (emoji) stays one symbol token.
                i += char.IsHighSurrogate(c) && i + 1 < span.Length ? 2 : 1;
                IsWord = false;
            }
            End = _next = i;
            return true;
        }
        _next = i;
        IsWord = false;
        return false;
    }
}
