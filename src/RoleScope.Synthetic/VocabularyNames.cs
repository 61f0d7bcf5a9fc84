using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>
/// The extraction.md names of vocabulary values, computed once: <see cref="Vocabulary.Name(RoleFamily)"/> allocates a
/// new string per call, which adds up over a million postings.
/// </summary>
internal static class VocabularyNames
{
    private static readonly ImmutableArray<string> Families = [.. Enum.GetValues<RoleFamily>().Select(f => f.Name())];
    private static readonly ImmutableArray<string> Seniorities = [.. Enum.GetValues<Seniority>().Select(s => s.Name())];
    private static readonly ImmutableArray<string> WorkModes = [.. Enum.GetValues<WorkMode>().Select(m => m.Name())];
    private static readonly ImmutableArray<string> Styles = [.. Enum.GetValues<TextStyle>().Select(s => s.ToString().ToLowerInvariant())];

    public static string Of(RoleFamily family) => Families[(int)family];

    public static string Of(Seniority seniority) => Seniorities[(int)seniority];

    public static string Of(WorkMode mode) => WorkModes[(int)mode];

    public static string Of(TextStyle style) => Styles[(int)style];
}
