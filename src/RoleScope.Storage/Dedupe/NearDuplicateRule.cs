using System.Numerics;
using System.Text;

namespace RoleScope.Storage.Dedupe;

/// <summary>
/// When a posting is a near-duplicate of one already stored: the same company and title (compared case- and
/// punctuation-blind) and descriptions whose SimHashes differ in at most <see cref="MaxDistance"/> of 64 bits.
/// </summary>
public static class NearDuplicateRule
{
    /// <summary>
    /// Bits two near-identical texts may differ in. 3 of 64 is the threshold Manku et al. (WWW 2007) found to separate
    /// near-duplicate web pages from distinct ones; a changed date or salary in a long posting stays within it.
    /// </summary>
    public const int MaxDistance = 3;

    public static bool AreNear(long a, long b) => BitOperations.PopCount((ulong)(a ^ b)) <= MaxDistance;

    /// <summary>"company\u001ftitle" with both lower-cased, punctuation and runs of spaces folded to one space; null if either is blank.</summary>
    public static string? Key(string? company, string? title)
    {
        var c = Normalise(company);
        var t = Normalise(title);
        return c.Length == 0 || t.Length == 0 ? null : c + "\u001f" + t;
    }

    private static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }
}
