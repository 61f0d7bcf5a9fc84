using System.Runtime.InteropServices;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// The tokens of a part of a text (a header segment, a list item, a bullet line) for a scan that ends before its method
/// returns: the list is lent from the calling thread's spares and given back by <see cref="Dispose"/>, instead of being
/// allocated per call. Scans may nest (a scan calling another), each with its own list.
/// </summary>
/// <remarks>
/// A part of a posting's text that extraction has tokenised already (<see cref="Know"/>) is not tokenised again: its tokens are
/// copied from the posting's, which is what tokenising it would give unless a token crosses one of its ends (then it is
/// tokenised). The role finder asks for about 16 parts a posting, and tokenising them again took about a seventh of all
/// tokenising (perf, 2026-12-07).
/// </remarks>
internal readonly struct TokenScratch : IDisposable
{
    /// <summary>Lists that grew past this many tokens are left to the collector rather than kept.</summary>
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static Stack<List<Token>>? t_spare;

    /// <summary>The tokens of the texts in extraction on this thread, by the text's identity (<see cref="Know"/>).</summary>
    [ThreadStatic]
    private static Dictionary<string, List<Token>>? t_known;

    /// <summary>The last text looked up in <see cref="t_known"/> and its tokens (or null): a posting's parts are asked for in a row.</summary>
    [ThreadStatic]
    private static string? t_lastText;

    [ThreadStatic]
    private static List<Token>? t_lastTokens;

    private TokenScratch(List<Token> tokens) => Tokens = tokens;

    public List<Token> Tokens { get; }

    public static TokenScratch Tokenize(string text, int start, int end)
    {
        var tokens = (t_spare ??= new Stack<List<Token>>()).TryPop(out var spare) ? spare : new List<Token>(32);
        tokens.Clear();
        if (KnownTokens(text) is not { } known || !TryCopy(CollectionsMarshal.AsSpan(known), start, end, tokens))
        {
            Tokenizer.Tokenize(text, start, end, tokens);
        }
        return new TokenScratch(tokens);
    }

    /// <summary>
    /// Makes <paramref name="tokens"/> (all of <paramref name="text"/>'s, as <see cref="Tokenizer"/> gives them) the source of the
    /// parts of this very string asked for on this thread, until <see cref="Forget"/>.
    /// </summary>
    public static void Know(string text, List<Token> tokens)
    {
        (t_known ??= new Dictionary<string, List<Token>>(ReferenceEqualityComparer.Instance))[text] = tokens;
        (t_lastText, t_lastTokens) = (text, tokens);
    }

    public static void Forget(string text)
    {
        t_known?.Remove(text);
        if (ReferenceEquals(text, t_lastText))
        {
            (t_lastText, t_lastTokens) = (null, null);
        }
    }

    private static List<Token>? KnownTokens(string text)
    {
        if (ReferenceEquals(text, t_lastText))
        {
            return t_lastTokens;
        }
        if (t_known is not { Count: > 0 } known || !known.TryGetValue(text, out var tokens))
        {
            return null;
        }
        (t_lastText, t_lastTokens) = (text, tokens);
        return tokens;
    }

    /// <summary>
    /// Copies the tokens of [<paramref name="start"/>, <paramref name="end"/>) out of the whole text's, as
    /// <see cref="Tokenizer.Tokenize(string, int, int, List{Token})"/> would make them; false when a token crosses either end (a
    /// word the part cuts, a surrogate pair split), which only tokenising the part reproduces.
    /// </summary>
    internal static bool TryCopy(ReadOnlySpan<Token> all, int start, int end, List<Token> tokens)
    {
        if (start >= end)
        {
            return true; // no token, as the tokenizer finds none
        }
        var first = FirstAtOrAfter(all, start);
        var last = FirstAtOrAfter(all, end);
        if ((first > 0 && all[first - 1].End > start) || (last > 0 && all[last - 1].End > end))
        {
            return false;
        }
        if (first < last)
        {
            tokens.AddRange(all[first..last]);
            // The tokenizer starts a part as after whitespace: its first token is joined to nothing.
            tokens[0] = tokens[0] with { Joined = false };
        }
        return true;
    }

    /// <summary>The index of the first token starting at or after <paramref name="position"/> (tokens are in text order).</summary>
    internal static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Gives the list back for the next scratch; a default scratch (none taken) gives nothing.</summary>
    public void Dispose()
    {
        if (Tokens is { Capacity: <= MaxKeptCapacity } tokens)
        {
            t_spare!.Push(tokens);
        }
    }
}
