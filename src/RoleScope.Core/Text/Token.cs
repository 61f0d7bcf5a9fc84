using System.Runtime.InteropServices;

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
    /// Four characters a step (FNV-1a over 64-bit words, then a 64-bit finaliser): a word of ASCII characters is folded four
    /// at a time with bit arithmetic on the 16-bit lanes. The per-character hash it replaced took half of tokenising.
    /// </remarks>
    public static int HashOf(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        var i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            var v = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word.Slice(i, 4)));
            if ((v & 0xFF80_FF80_FF80_FF80UL) == 0)
            {
                // Lanes from 'a' to 'z' lose 0x20: bit 7 of a lane is set by lane + 0x1F when lane >= 'a', and by 0xFA - lane when lane <= 'z'.
                v -= ((v + 0x001F_001F_001F_001FUL) & (0x00FA_00FA_00FA_00FAUL - v) & 0x0080_0080_0080_0080UL) >> 2;
            }
            else
            {
                v = Fold(word[i]) | ((ulong)Fold(word[i + 1]) << 16) | ((ulong)Fold(word[i + 2]) << 32) | ((ulong)Fold(word[i + 3]) << 48);
            }
            h = (h ^ v) * 1099511628211UL;
        }
        for (; i < word.Length; i++)
        {
            h = (h ^ Fold(word[i])) * 1099511628211UL;
        }
        h ^= (ulong)word.Length;
        h ^= h >> 33;
        h *= 0xFF51_AFD7_ED55_8CCDUL;
        h ^= h >> 33;
        return (int)((uint)h | 1);
    }

    /// <summary>An ASCII small letter as its capital, other ASCII as is, anything else as 128.</summary>
    private static uint Fold(char c) => c >= 128 ? 128u : c is >= 'a' and <= 'z' ? (uint)(c - 32) : c;
}
