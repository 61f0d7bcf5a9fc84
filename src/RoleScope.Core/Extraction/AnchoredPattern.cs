using System.Buffers;
using System.Text.RegularExpressions;

namespace RoleScope.Core.Extraction;

/// <summary>
/// A regular expression tried only where one of its matches can begin: at each of its start words or start characters,
/// found by a vectorised search, one anchored attempt (<c>\G</c>) each. Every match of the pattern begins with one of them
/// (case-insensitively), so the first attempt that succeeds is the leftmost match, the one a scan of the whole text finds.
/// Every match that begins with a letter or digit also begins a word (its branch starts with <c>\b</c> or a lookbehind ending
/// in whitespace): a start word inside a word ("no" in "know", "in" in "building") is passed over without an attempt.
/// </summary>
/// <remarks>
/// The generated scanner of a pattern whose branches begin with a lookbehind, a digit or a short word searches for a set of
/// first characters instead (such as [ADFRWadfrw] for "remote", "distributed", "fully", "work", "anywhere") and so makes an
/// attempt at about every third letter of a posting; the start words are found a few times a posting.
/// </remarks>
internal sealed class AnchoredPattern
{
    /// <summary>The Kelvin sign, which case-insensitive regex matching equates with 'k' and ordinal comparison does not.</summary>
    private const char Kelvin = '\u212A';

    /// <summary>Every Unicode decimal digit: what a pattern's <c>\d</c> matches.</summary>
    public static readonly string DecimalDigits = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    /// <summary><see cref="DecimalDigits"/> to search for.</summary>
    public static readonly SearchValues<char> DecimalDigitValues = SearchValues.Create(DecimalDigits);

    private readonly Regex _anchored;
    private readonly SearchValues<string> _words;
    private readonly SearchValues<char>? _chars;
    private readonly MayMatchAt? _mayMatchAt;

    /// <summary>
    /// A hand-written test of the text at a position, false only where no match can begin: an attempt of a big generated pattern
    /// costs 400-500 ns even when it fails at its first characters, so one that surely fails is skipped.
    /// </summary>
    public delegate bool MayMatchAt(ReadOnlySpan<char> text, int at);

    /// <param name="pattern">The pattern as written (for tests and messages).</param>
    /// <param name="anchored">The same pattern behind <c>\G</c>: it matches only where the search starts.</param>
    /// <param name="startWords">Words one of which begins every match, compared ignoring case.</param>
    /// <param name="startChars">Characters that begin the other matches (digits), or null.</param>
    /// <param name="mayMatchAt">A test that is false only where no match begins (tried before each attempt), or null.</param>
    public AnchoredPattern(string pattern, Regex anchored, string[] startWords, string? startChars = null, MayMatchAt? mayMatchAt = null)
    {
        if (!anchored.ToString().StartsWith(@"\G", StringComparison.Ordinal))
        {
            throw new ArgumentException("The anchored pattern must begin with \\G.", nameof(anchored));
        }
        Pattern = pattern;
        _anchored = anchored;
        _words = SearchValues.Create(startWords, StringComparison.OrdinalIgnoreCase);
        _longestWord = startWords.Max(w => w.Length);
        _chars = startChars is null ? null : SearchValues.Create(startChars);
        _mayMatchAt = mayMatchAt;
    }

    /// <summary>The length of the longest start word: how far past a position a Kelvin sign can stand in a word that starts there.</summary>
    private readonly int _longestWord;

    public string Pattern { get; }

    public RegexOptions Options => _anchored.Options;

    /// <summary>The leftmost match starting at or after <paramref name="from"/>, or null.</summary>
    public (int Index, int Length)? Match(ReadOnlySpan<char> text, int from = 0) => Match(text, from, text.Length);

    /// <summary>
    /// The leftmost match starting at or after <paramref name="from"/> and at or before <paramref name="lastStart"/>, or null: a
    /// caller that knows where no match can start (past its last key word) is spared the attempts there. A match may still
    /// end past <paramref name="lastStart"/>.
    /// </summary>
    public (int Index, int Length)? Match(ReadOnlySpan<char> text, int from, int lastStart)
    {
        lastStart = Math.Min(lastStart, text.Length);
        // Only where a match can start counts: a Kelvin sign before `from` starts none (callers search window by window), nor
        // one past the longest start word from lastStart.
        if (text[from..Math.Min(text.Length, lastStart + _longestWord)].Contains(Kelvin))
        {
            // A start word holding a 'k' could be written with the sign: try every position, as a scan would.
            for (var at = from; at <= lastStart; at++)
            {
                if (TryAt(text, at) is { } m)
                {
                    return m;
                }
            }
            return null;
        }
        // A start word or character that begins at lastStart at the latest ends within these.
        var wordsIn = text[..Math.Min(text.Length, lastStart + _longestWord)];
        var charsIn = text[..Math.Min(text.Length, lastStart + 1)];
        var nextWord = -1;
        var nextChar = -1;
        var position = from;
        while (position < text.Length && position <= lastStart)
        {
            if (nextWord < position)
            {
                nextWord = Find(wordsIn, position, _words);
            }
            if (_chars is not null && nextChar < position)
            {
                nextChar = Find(charsIn, position, _chars);
            }
            var candidate = Math.Min(nextWord, _chars is null ? int.MaxValue : nextChar);
            if (candidate > lastStart)
            {
                return null;
            }
            if (!InsideWord(text, candidate) && TryAt(text, candidate) is { } m)
            {
                return m;
            }
            position = candidate + 1;
        }
        return null;
    }

    /// <summary>
    /// The leftmost match starting at or after <paramref name="from"/>, as <see cref="Match(ReadOnlySpan{char}, int)"/> finds it,
    /// tried only near the key words of which every match holds one at most <paramref name="lead"/> letters, digits and symbols
    /// (whitespace aside) after its start: the key words are taken in order, and a match starting before a position tried near an
    /// earlier key word would hold none close enough. Postings say "in", "on", "at", "work" and "office" dozens of times, and only
    /// near a key word are these worth an attempt. Key words are compared ignoring case but not with the Kelvin sign: a caller
    /// whose key words hold a 'k' passes <paramref name="kelvin"/> true for a text holding the sign, which is then searched whole.
    /// </summary>
    public (int Index, int Length)? MatchNear(string text, SearchValues<string> keys, int lead, bool kelvin, int from = 0)
    {
        if (kelvin)
        {
            return Match(text, from);
        }
        var tried = from; // every position from `from` up to this one was tried and starts no match
        while (tried < text.Length && text.AsSpan(tried).IndexOfAny(keys) is var found and >= 0)
        {
            var key = tried + found;
            if (Match(text, Math.Max(tried, NonSpaceBack(text, key, lead)), key) is { } m)
            {
                return m;
            }
            tried = key + 1;
        }
        return null;
    }

    /// <summary>The position <paramref name="count"/> non-whitespace characters before <paramref name="position"/> (or 0).</summary>
    internal static int NonSpaceBack(string text, int position, int count)
    {
        var i = position;
        while (i > 0)
        {
            var nonSpace = !char.IsWhiteSpace(text[i - 1]);
            if (nonSpace && count == 0)
            {
                break;
            }
            // Counted without a branch: words and spaces alternate every few characters, and the branch was mispredicted at each turn.
            count -= nonSpace ? 1 : 0;
            i--;
        }
        return i;
    }


    /// <summary>Every match, left to right and not overlapping, as <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/> gives them.</summary>
    public List<(int Index, int Length)> Matches(ReadOnlySpan<char> text)
    {
        var found = new List<(int Index, int Length)>();
        var from = 0;
        while (from <= text.Length && Match(text, from) is { } m)
        {
            found.Add(m);
            from = m.Index + Math.Max(m.Length, 1);
        }
        return found;
    }

    private (int Index, int Length)? TryAt(ReadOnlySpan<char> text, int at)
    {
        if (_mayMatchAt is { } mayMatch && !mayMatch(text, at))
        {
            return null;
        }
        foreach (var m in _anchored.EnumerateMatches(text, at))
        {
            return (m.Index, m.Length);
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="at"/> holds an ASCII letter or digit and the character before it is one too or an underscore:
    /// <c>\b</c> then fails there. Other characters are left to the attempt.
    /// </summary>
    private static bool InsideWord(ReadOnlySpan<char> text, int at) =>
        at > 0 && char.IsAsciiLetterOrDigit(text[at]) && (char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] == '_');

    /// <summary>Where the next start word begins at or after <paramref name="from"/>, or <see cref="int.MaxValue"/>.</summary>
    private static int Find(ReadOnlySpan<char> text, int from, SearchValues<string> words)
    {
        var i = text[from..].IndexOfAny(words);
        return i < 0 ? int.MaxValue : from + i;
    }

    private static int Find(ReadOnlySpan<char> text, int from, SearchValues<char> chars)
    {
        var i = text[from..].IndexOfAny(chars);
        return i < 0 ? int.MaxValue : from + i;
    }
}
