namespace RoleScope.Core.Text;

/// <summary>
/// A token of normalised text: a run of letters and digits (a word) or one other non-space character (a symbol).
/// <see cref="Joined"/> is true when no whitespace separates it from the previous token, so "C#" and "C #" differ.
/// <see cref="Hash"/> is <see cref="HashOf"/> of its characters, computed once by the tokenizer for every lookup of the
/// token in the phrase tries (skills, places, title words).
/// </summary>
public readonly record struct Token(int Start, int Length, bool IsWord, bool Joined, int Hash)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    /// <summary>
    /// A hash equal for words that are equal as <see cref="StringComparison.OrdinalIgnoreCase"/> compares them, never 0.
    /// ASCII letters are folded to upper case; every non-ASCII character hashes alike, since that comparison never equates
    /// one with an ASCII character (checked for every UTF-16 unit), and hashing them alike keeps any two it equates on one hash.
    /// </summary>
    public static int HashOf(ReadOnlySpan<char> word)
    {
        var h = HashSeed;
        foreach (var c in word)
        {
            h = HashStep(h, c);
        }
        return HashEnd(h, word.Length);
    }

    // The steps of HashOf (FNV-1a over folded characters), for the tokenizer to hash a word while it scans it.
    internal const uint HashSeed = 2166136261u;

    internal const uint HashPrime = 16777619u;

    internal static uint HashStep(uint h, char c) => (h ^ (c >= 128 ? 128u : c is >= 'a' and <= 'z' ? (uint)(c - 32) : c)) * HashPrime;

    internal static int HashEnd(uint h, int length)
    {
        h = (h ^ (uint)length) * HashPrime;
        h ^= h >> 15;
        return (int)(h | 1);
    }
}
