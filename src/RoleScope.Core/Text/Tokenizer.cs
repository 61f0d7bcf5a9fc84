using System.Runtime.CompilerServices;

namespace RoleScope.Core.Text;

/// <summary>Splits text into <see cref="Token"/>s without allocating substrings.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <remarks>
    /// Not inlined: inlined into the extraction pipeline's one large method, the loop's hash and position were kept in memory,
    /// not registers, and tokenising took about a tenth of extraction (perf, 2026-12-06).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(0, end);
        var joined = false;
        var i = start;
        while (i < span.Length)
        {
            var c = span[i];
            var kind = KindOf(c);
            if (kind == Space)
            {
                joined = false;
                i++;
                continue;
            }
            if (kind == Word)
            {
                // The word's hash is folded in as it is scanned (Token.HashOf, one pass over its characters). An ASCII character's
                // kind and folded form come from one table read (AsciiWordFolds), not a table read and two range tests.
                var s = i;
                var h = Token.HashSeed;
                var folds = AsciiWordFolds;
                while (true)
                {
                    uint folded;
                    if (c < 128)
                    {
                        folded = folds[c];
                        if (folded == 0)
                        {
                            break;
                        }
                    }
                    else if (KindOfNonAscii(c) == Word)
                    {
                        folded = 128; // as Token.HashStep folds every non-ASCII character
                    }
                    else
                    {
                        break;
                    }
                    h = (h ^ folded) * Token.HashPrime;
                    if (++i == span.Length)
                    {
                        break;
                    }
                    c = span[i];
                }
                tokens.Add(new Token(s, i - s, IsWord: true, joined, Token.HashEnd(h, i - s)));
            }
            else
            {
                // A surrogate pair (emoji) stays one symbol token.
                var len = char.IsHighSurrogate(c) && i + 1 < span.Length ? 2 : 1;
                tokens.Add(new Token(i, len, IsWord: false, joined, Token.HashOf(span.Slice(i, len))));
                i += len;
            }
            joined = true;
        }
    }

    internal const byte Space = 0;
    internal const byte Word = 1;
    internal const byte Symbol = 2;

    /// <summary>Space, word or symbol for each ASCII character, as <see cref="char.IsWhiteSpace(char)"/> and <see cref="IsWordChar"/> say.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // \t..\r are whitespace
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, // space, digits
        2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, // capitals
        2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, // small letters
    ];

    /// <summary>
    /// For each ASCII character, what <see cref="Token.HashStep"/> folds it to when it is a word character (capitals for small
    /// letters), and 0 when it is not one (no word character folds to 0).
    /// </summary>
    private static ReadOnlySpan<byte> AsciiWordFolds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'A', (byte)'B', (byte)'C', (byte)'D', (byte)'E', (byte)'F', (byte)'G', (byte)'H', (byte)'I', (byte)'J', (byte)'K', (byte)'L', (byte)'M', (byte)'N', (byte)'O',
        (byte)'P', (byte)'Q', (byte)'R', (byte)'S', (byte)'T', (byte)'U', (byte)'V', (byte)'W', (byte)'X', (byte)'Y', (byte)'Z', 0, 0, 0, 0, 0,
        0, (byte)'A', (byte)'B', (byte)'C', (byte)'D', (byte)'E', (byte)'F', (byte)'G', (byte)'H', (byte)'I', (byte)'J', (byte)'K', (byte)'L', (byte)'M', (byte)'N', (byte)'O',
        (byte)'P', (byte)'Q', (byte)'R', (byte)'S', (byte)'T', (byte)'U', (byte)'V', (byte)'W', (byte)'X', (byte)'Y', (byte)'Z', 0, 0, 0, 0, 0,
    ];

    /// <summary>Whether a character is whitespace, part of a word or a symbol: a table for ASCII, the Unicode categories above it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte KindOf(char c) => c < 128 ? AsciiKinds[c] : KindOfNonAscii(c);

    private static byte KindOfNonAscii(char c) => char.IsWhiteSpace(c) ? Space : IsWordChar(c) ? Word : Symbol;

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
