using System.Numerics;

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
    /// <remarks>
    /// Each character is folded in by a rotation and an exclusive or (two cycles, where FNV-1a's multiply took four), and the
    /// result is mixed once at the end. Two words may share a hash more often than with a stronger hash; that costs a phrase
    /// trie one more comparison, never a wrong match.
    /// </remarks>
    public static int HashOf(ReadOnlySpan<char> word)
    {
        var h = 0u;
        foreach (var c in word)
        {
            h = BitOperations.RotateLeft(h, 5) ^ (c >= 128 ? 128u : c is >= 'a' and <= 'z' ? (uint)(c - 32) : c);
        }
        // The length, then the finaliser of MurmurHash3, so that every input bit reaches the bits the tries use.
        h ^= (uint)word.Length * 0x9E3779B9u;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return (int)(h | 1);
    }
}
