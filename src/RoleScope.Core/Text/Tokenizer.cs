using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    /// Sixty-four characters at a time: vector comparisons class them (word, space, symbol) into bit masks and the tokens are
    /// read off the masks, so the branches are taken once a token rather than once a character (the per-character loop,
    /// <see cref="TokenizeByCharacter"/>, mispredicted at almost every word boundary). Characters above ASCII are classed one
    /// by one into the same masks. Not inlined: inlined into the extraction pipeline's one large method, the loop's state was
    /// kept in memory, not registers (perf, 2026-12-06).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(0, end);
        var i = start;
        var lastEnd = -1;
        if (Vector256.IsHardwareAccelerated)
        {
            while (i + Block <= span.Length)
            {
                i = TokenizeBlock(span, start, i, ref lastEnd, tokens);
            }
        }
        TokenizeByCharacter(span, start, i, lastEnd, tokens);
    }

    /// <summary>Characters classed at once by <see cref="TokenizeBlock"/>.</summary>
    private const int Block = 64;

    /// <summary>
    /// The tokens starting in [<paramref name="at"/>, <paramref name="at"/> + 64), which is not inside a token; a word running
    /// past the block is read to its end. Returns where the next block starts (past the last token read).
    /// </summary>
    /// <param name="lastEnd">Where the last token read ended: a token starting there is joined to it, even when the character
    /// before is a space that a lone high surrogate took as its pair.</param>
    private static int TokenizeBlock(ReadOnlySpan<char> span, int start, int at, ref int lastEnd, List<Token> tokens)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        ulong word = 0, space = 0, other = 0;
        for (var k = 0; k < Block / 16; k++)
        {
            var v = Vector256.LoadUnsafe(ref first, (nuint)(at + (k * 16)));
            var isWord = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)) |
                Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
            var isSpace = Vector256.Equals(v, Vector256.Create((ushort)' ')) |
                Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)4));
            var isOther = Vector256.GreaterThan(v, Vector256.Create((ushort)127));
            word |= (ulong)isWord.ExtractMostSignificantBits() << (k * 16);
            space |= (ulong)isSpace.ExtractMostSignificantBits() << (k * 16);
            other |= (ulong)isOther.ExtractMostSignificantBits() << (k * 16);
        }
        for (var rest = other; rest != 0; rest &= rest - 1)
        {
            var k = BitOperations.TrailingZeroCount(rest);
            var kind = KindOf(span[at + k]);
            word |= kind == Word ? 1UL << k : 0;
            space |= kind == Space ? 1UL << k : 0;
        }
        var symbol = ~(word | space);
        var starts = (word & ~(word << 1)) | symbol;
        while (starts != 0)
        {
            var k = BitOperations.TrailingZeroCount(starts);
            var position = at + k;
            var joined = position > start && (position == lastEnd || KindOf(span[position - 1]) != Space);
            int length;
            if ((word >> k & 1) != 0)
            {
                var notWord = ~word >> k;
                length = notWord == 0 ? Block - k : BitOperations.TrailingZeroCount(notWord);
                if (k + length == Block)
                {
                    while (position + length < span.Length && KindOf(span[position + length]) == Word)
                    {
                        length++;
                    }
                }
                tokens.Add(new Token(position, length, IsWord: true, joined, Token.HashOf(span.Slice(position, length))));
            }
            else
            {
                // A surrogate pair (emoji) stays one symbol token.
                length = char.IsHighSurrogate(span[position]) && position + 1 < span.Length ? 2 : 1;
                tokens.Add(new Token(position, length, IsWord: false, joined, Token.HashOf(span.Slice(position, length))));
            }
            lastEnd = position + length;
            if (k + length >= Block)
            {
                return lastEnd;
            }
            // The rest of the token's characters start nothing (a word's do not anyway; a surrogate pair's second one would), and a
            // word character after a pair whose second half was a word character ("\ud83dab") now starts a word.
            starts &= ~((2UL << (k + length - 1)) - 1);
            starts |= word & (1UL << (k + length));
        }
        return at + Block;
    }

    /// <summary>The same tokens as <see cref="Tokenize(string, int, int, List{Token})"/>, one character at a time from <paramref name="from"/>.</summary>
    /// <param name="lastEnd">Where the token before <paramref name="from"/> ended (-1 for none).</param>
    internal static void TokenizeByCharacter(ReadOnlySpan<char> span, int start, int from, int lastEnd, List<Token> tokens)
    {
        var joined = from > start && (from == lastEnd || KindOf(span[from - 1]) != Space);
        var i = from;
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
                // The word's end first, then its hash (Token.HashOf) in a loop with no call in it, so the hash stays in a register.
                var s = i;
                do
                {
                    i++;
                }
                while (i < span.Length && KindOf(span[i]) == Word);
                tokens.Add(new Token(s, i - s, IsWord: true, joined, Token.HashOf(span[s..i])));
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

    /// <summary>Whether a character is whitespace, part of a word or a symbol: a table for ASCII, the Unicode categories above it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte KindOf(char c) => c < 128 ? AsciiKinds[c] : KindOfNonAscii(c);

    private static byte KindOfNonAscii(char c) => char.IsWhiteSpace(c) ? Space : IsWordChar(c) ? Word : Symbol;

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
