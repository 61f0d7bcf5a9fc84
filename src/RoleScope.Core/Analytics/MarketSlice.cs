using System.Globalization;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>
/// Which postings a figure is computed over: a date window, countries, sources, families, work modes, seniorities and skills
/// (all optional). Within one kind a posting needs any of the values (skills: all of them); kinds combine with "and".
/// Seniority applies to the role of the family a figure describes (outside a family, to any of the posting's roles).
/// </summary>
public sealed record MarketSlice
{
    public static MarketSlice All { get; } = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>ISO codes; a posting is in the slice when it names any of them.</summary>
    public IReadOnlySet<string>? Countries { get; init; }
    public IReadOnlySet<string>? Sources { get; init; }
    /// <summary>A posting is in the slice when any of its roles has one of these families.</summary>
    public IReadOnlySet<RoleFamily>? Families { get; init; }
    public IReadOnlySet<WorkMode>? WorkModes { get; init; }
    public IReadOnlySet<Seniority>? Seniorities { get; init; }
    /// <summary>Canonical skill names; a posting is in the slice when it names every one.</summary>
    public IReadOnlySet<string>? Skills { get; init; }

    public string Describe()
    {
        var parts = new List<string>();
        if (From is not null || To is not null)
        {
            parts.Add($"{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (Countries is { Count: > 0 })
        {
            parts.Add("countries " + string.Join(",", Countries.Order(StringComparer.Ordinal)));
        }
        if (Sources is { Count: > 0 })
        {
            parts.Add("sources " + string.Join(",", Sources.Order(StringComparer.Ordinal)));
        }
        if (Families is { Count: > 0 })
        {
            parts.Add("families " + string.Join(",", Families.Order().Select(f => f.Name())));
        }
        if (WorkModes is { Count: > 0 })
        {
            parts.Add("work mode " + string.Join(",", WorkModes.Order().Select(m => m.Name())));
        }
        if (Seniorities is { Count: > 0 })
        {
            parts.Add("seniority " + string.Join(",", Seniorities.Order().Select(s => s.Name())));
        }
        if (Skills is { Count: > 0 })
        {
            parts.Add("skills " + string.Join("+", Skills.Order(StringComparer.Ordinal)));
        }
        return parts.Count == 0 ? "all postings" : string.Join("; ", parts);
    }
}
