using System.Collections.Frozen;

namespace RoleScope.Core.Text;

/// <summary>
/// Links in normalised text: URLs, e-mail addresses and bare domains, read as the whitespace-delimited chunk around a position.
/// What stands in a link is neither a skill ("github.com/acme" is no GitHub) nor an amount ("jobs.lever.co/acme/3952c88d").
/// </summary>
public static class Links
{
    /// <summary>Top-level domains that make "acme.io/jobs" a link; lower case only, so "ASP.NET" stays a skill.</summary>
    private static readonly FrozenSet<string> Domains = FrozenSet.ToFrozenSet(
        ["com", "io", "ai", "co", "org", "net", "dev", "app", "tech", "so", "sh", "xyz", "careers", "jobs", "us", "uk", "de", "eu"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="position"/> (not whitespace) lies in a link.</summary>
    public static bool Contain(string text, int position) => EndOfLinkAt(text, position) >= 0;

    /// <summary>Where the link around <paramref name="position"/> ends (the next whitespace), or -1 when the position is in none.</summary>
    public static int EndOfLinkAt(string text, int position)
    {
        var start = position;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        var end = position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return IsLink(text.AsSpan(start, end - start)) ? end : -1;
    }

    /// <summary>Whether a chunk without whitespace is a URL, an e-mail address or a bare domain ("acme.io/jobs").</summary>
    public static bool IsLink(ReadOnlySpan<char> chunk)
    {
        if (chunk.IndexOf('.') < 0)
        {
            return false;
        }
        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[at..].IndexOf('.') > 0)
        {
            return true; // an e-mail address
        }
        var host = chunk.IndexOf('/') is var slash and >= 0 ? chunk[..slash] : chunk;
        host = host.TrimEnd(".,;:!?)]\"'");
        var dot = host.LastIndexOf('.');
        return dot > 0 && dot < host.Length - 1 && Domains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(host[(dot + 1)..]);
    }
}
