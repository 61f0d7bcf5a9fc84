using System.Runtime.Intrinsics;

namespace RoleScope.Storage.Dedupe;

/// <summary>
/// Charikar's SimHash over the word trigrams of a text: texts that share most trigrams get hashes that differ in few bits.
/// Words are runs of letters and digits, lower-cased; markup words count like any other, the same for every posting.
/// </summary>
public static class SimHash64
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>For each byte value, eight lanes of +1 (bit set) or -1 (bit clear), lowest bit first.</summary>
    private static readonly Vector256<int>[] ByteVotes = [.. Enumerable.Range(0, 256).Select(b =>
        Vector256.Create(
            Vote(b, 0), Vote(b, 1), Vote(b, 2), Vote(b, 3), Vote(b, 4), Vote(b, 5), Vote(b, 6), Vote(b, 7)))];

    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // weights[k] holds, for bits 8k..8k+7, how many trigram hashes had the bit set minus how many had it clear.
        Span<Vector256<int>> weights = stackalloc Vector256<int>[8];
        weights.Clear();
        ulong w1 = 0, w2 = 0;
        var words = 0;
        var i = 0;
        while (NextWord(text, ref i, out var word))
        {
            words++;
            if (words >= 3)
            {
                Add(weights, Mix(w1 * 31 + w2 * 17 + word));
            }
            w1 = w2;
            w2 = word;
        }
        if (words is > 0 and < 3)
        {
            // Too short for a trigram: the words themselves stand for the text.
            Add(weights, Mix(w1 * 31 + w2));
        }
        ulong hash = 0;
        for (var k = 0; k < 8; k++)
        {
            var positive = Vector256.GreaterThan(weights[k], Vector256<int>.Zero).ExtractMostSignificantBits();
            hash |= (ulong)positive << (8 * k);
        }
        return (long)hash;
    }

    private static void Add(Span<Vector256<int>> weights, ulong hash)
    {
        var votes = ByteVotes;
        for (var k = 0; k < 8; k++)
        {
            weights[k] += votes[(int)((hash >> (8 * k)) & 0xFF)];
        }
    }

    private static int Vote(int value, int bit) => ((value >> bit) & 1) * 2 - 1;

    /// <summary>FNV-1a of the next word, lower-cased; false at the end of the text.</summary>
    private static bool NextWord(string text, ref int i, out ulong hash)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        hash = FnvOffset;
        if (i == text.Length)
        {
            return false;
        }
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            hash = (hash ^ char.ToLowerInvariant(text[i])) * FnvPrime;
            i++;
        }
        return true;
    }

    /// <summary>SplitMix64's finaliser: spreads the trigram hash so that each of the 64 bits is a fair coin.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
