using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>How postings say where and how the work is done, in sentences and in Hacker News header fields.</summary>
internal static class WorkModeText
{
    private static readonly ImmutableArray<string> Remote =
    [
        "This role is fully remote within {in_country}.",
        "Remote ({scope_short} only).",
        "We're a remote-first company; you can work from anywhere in {in_country}.",
        "You can work remotely from anywhere in {in_country}, and we meet in person twice a year.",
        "Remote-friendly: work from anywhere in {in_country}.",
    ];

    private static readonly ImmutableArray<string> Hybrid =
    [
        "This is a hybrid role, {days} days a week in our {city} office.",
        "Hybrid: {days} days per week on-site in {city}.",
        "We work hybrid from our {city} office, Tuesday to Thursday.",
        "Hybrid ({city_full}): we're in the office {days} days a week and work from home the rest.",
    ];

    private static readonly ImmutableArray<string> Onsite =
    [
        "This role is on-site in {city}.",
        "You'll work from our {city} office five days a week.",
        "On-site only ({city_full}); this role is not open to remote candidates.",
        "This is an in-office position in {city}.",
        "Onsite, {city_full}.",
    ];

    private static readonly ImmutableArray<string> CityOnly = ["Location: {city_full}.", "Based in {city_full}."];

    private static readonly ImmutableArray<string> HeaderRemote = ["REMOTE ({scope_short})", "Remote ({scope_short} only)", "Remote - {scope_short}"];
    private static readonly ImmutableArray<string> HeaderHybrid = ["{city_full} (Hybrid)", "Hybrid - {city}", "HYBRID {city_full}"];
    private static readonly ImmutableArray<string> HeaderOnsite = ["ONSITE - {city_full}", "{city_full} (Onsite)", "In-office, {city}"];
    private static readonly ImmutableArray<string> HeaderCity = ["{city_full}", "{city}"];

    /// <summary>A sentence for the description; null when the posting says nothing about place or mode.</summary>
    public static string? Sentence(Random rng, WorkMode mode) => mode switch
    {
        WorkMode.Remote => rng.Pick(Remote),
        WorkMode.Hybrid => rng.Pick(Hybrid),
        WorkMode.Onsite => rng.Pick(Onsite),
        _ => rng.Chance(0.6) ? rng.Pick(CityOnly) : null,
    };

    public static string HeaderField(Random rng, WorkMode mode) => rng.Pick(mode switch
    {
        WorkMode.Remote => HeaderRemote,
        WorkMode.Hybrid => HeaderHybrid,
        WorkMode.Onsite => HeaderOnsite,
        _ => HeaderCity,
    });
}
