namespace RoleScope.Core.Analytics;

/// <summary>Which postings a figure is computed over: a date window, countries and sources (all optional).</summary>
public sealed record MarketSlice
{
    public static MarketSlice All { get; } = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>ISO codes; a posting is in the slice when it names any of them.</summary>
    public IReadOnlySet<string>? Countries { get; init; }
    public IReadOnlySet<string>? Sources { get; init; }

    public bool Contains(MarketPosting p)
    {
        if (From is { } from && (p.PostedAt is not { } d1 || d1 < from))
        {
            return false;
        }
        if (To is { } to && (p.PostedAt is not { } d2 || d2 > to))
        {
            return false;
        }
        if (Countries is { Count: > 0 } countries && !p.Posting.Countries.Any(countries.Contains))
        {
            return false;
        }
        return Sources is not { Count: > 0 } sources || sources.Contains(p.Source);
    }

    public string Describe()
    {
        var parts = new List<string>();
        if (From is not null || To is not null)
        {
            parts.Add($"{From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"} to {To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (Countries is { Count: > 0 })
        {
            parts.Add("countries " + string.Join(",", Countries.Order()));
        }
        if (Sources is { Count: > 0 })
        {
            parts.Add("sources " + string.Join(",", Sources.Order()));
        }
        return parts.Count == 0 ? "all postings" : string.Join("; ", parts);
    }
}
